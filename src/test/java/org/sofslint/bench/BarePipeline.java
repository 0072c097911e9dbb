package org.sofslint.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.sofslint.nlp.CachingTokenizer;
import org.sofslint.nlp.GreedyTagger;
import org.sofslint.nlp.NlpModels;

/**
 * The practical limit for sofslint's speed: the bare OpenNLP pipeline it uses (sentences, tokens,
 * part-of-speech tags, with the same models and settings, the same tokenizer and tagger) over
 * every sentence of a corpus, on N threads, each with its own tools, files taken in turn. Prints
 * wall time, reports/s and words/s. A fourth argument {@code defaults} uses OpenNLP's stock
 * settings, tokenizer and tagger instead (every word through the tokenizer's model, a beam of
 * three), for comparison. Run with the shaded jar on the class path:
 * {@code BarePipeline CORPUS_DIR THREADS WORDS [defaults]}.
 */
public final class BarePipeline {
  private BarePipeline() {}

  /** The models, loaded once and shared by every thread's {@link Tools}. */
  record Models(SentenceModel sentences, TokenizerModel tokens, POSModel tags, boolean stock) {
    /** sofslint's settings, or with {@code stock} OpenNLP's own. */
    static Models load(boolean stock) {
      TokenizerModel tokens = NlpModels.stockTokens();
      POSModel tags = NlpModels.stockPartsOfSpeech();
      return stock
          ? new Models(NlpModels.stockSentences(), tokens, tags, true)
          : new Models(NlpModels.tableScanning(NlpModels.stockSentences()), NlpModels.wordsWhole(tokens),
              NlpModels.greedy(tags), false);
    }

    /** One thread's tools: sofslint's tokenizer and tagger, or OpenNLP's. */
    Tools tools() {
      return new Tools(new SentenceDetectorME(sentences),
          stock ? new TokenizerME(tokens)::tokenizePos : new CachingTokenizer(tokens)::tokenizePos,
          stock ? new POSTaggerME(tags)::tag : new GreedyTagger(tags)::tag);
    }
  }

  /** One thread's pipeline. Not thread-safe, like the tools it holds. */
  record Tools(SentenceDetectorME splitter, Function<String, Span[]> tokenizer, Function<String[], String[]> tagger) {
    /** Splits, tokenizes and tags every sentence of {@code text}; the number of words tagged. */
    int tagEverySentence(String text) {
      int tagged = 0;
      for (String sentence : splitter.sentDetect(text)) {
        tagged += tagger.apply(Span.spansToStrings(tokenizer.apply(sentence), sentence)).length;
      }
      return tagged;
    }
  }

  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(args[0]);
    int threads = Integer.parseInt(args[1]);
    long words = Long.parseLong(args[2]);
    List<Path> files;
    try (Stream<Path> list = Files.list(corpus)) {
      files = list.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".txt")).sorted().toList();
    }
    long start = System.nanoTime();
    boolean defaults = args.length > 3 && args[3].equals("defaults");
    Models models = Models.load(defaults);
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Long>> workers = Stream.generate(() -> pool.submit(() -> {
        Tools tools = models.tools();
        long tagged = 0;
        for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
          tagged += tools.tagEverySentence(Files.readString(files.get(i), StandardCharsets.UTF_8));
        }
        return tagged;
      })).limit(threads).toList();
      for (Future<Long> worker : workers) {
        worker.get();
      }
    } finally {
      pool.shutdown();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(Locale.ROOT, "bare OpenNLP%s, %d thread(s): %.2f s, %.1f reports/s, %.0f words/s%n",
        defaults ? " (stock settings)" : "", threads, seconds, files.size() / seconds, words / seconds);
  }
}
