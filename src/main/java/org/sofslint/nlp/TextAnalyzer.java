package org.sofslint.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import org.sofslint.document.Block;
import org.sofslint.document.Document;
import org.sofslint.document.Sentence;
import org.sofslint.document.Span;
import org.sofslint.document.Token;

/**
 * Sentences and tokens for every prose block, and part-of-speech tags on request only, because
 * tagging costs several times what splitting does. No word is lemmatized: terms are matched on
 * KStem keys ({@link TermNormaliser}) and the few checks that need a verb's forms list them.
 * Thread-safe: the models are shared and each thread gets its own sentence detector, tokenizer
 * ({@link CachingTokenizer}) and tagger ({@link GreedyTagger}), which are not.
 */
public final class TextAnalyzer {
  private final NlpModels models;
  private final ThreadLocal<Tools> tools;

  public TextAnalyzer(NlpModels models) {
    this.models = models;
    this.tools = ThreadLocal.withInitial(Tools::new);
  }

  /** The sentences of every block except headings, in document order. */
  public List<Sentence> sentences(Document document) {
    Tools tool = tools.get();
    List<Sentence> sentences = new ArrayList<>();
    String text = document.text();
    for (int b = 0; b < document.blocks().size(); b++) {
      Block block = document.blocks().get(b);
      if (block instanceof Block.Heading) {
        continue;
      }
      for (Span line : lineGroups(text, block.span())) {
        String lineText = text.substring(line.start(), line.end());
        for (opennlp.tools.util.Span s : tool.sentenceDetector().sentPosDetect(lineText)) {
          int start = line.start() + s.getStart();
          int end = line.start() + s.getEnd();
          sentences.add(new Sentence(new Span(start, end), b, tokens(text, start, end)));
        }
      }
    }
    return sentences;
  }

  /**
   * {@code span} cut at each line break that ends a line on its own: the line before has no
   * closing punctuation and no joining comma, colon or dash, and the next starts with a capital
   * or a digit. Reports carry letterheads and "Worker: …" lines with no full stops, which would
   * otherwise read as one long sentence. Prose hard-wrapped just before a name is cut too, which
   * only makes a sentence look shorter.
   */
  static List<Span> lineGroups(String text, Span span) {
    List<Span> groups = new ArrayList<>();
    int start = span.start();
    for (int i = text.indexOf('\n', span.start()); i >= 0 && i < span.end(); i = text.indexOf('\n', i + 1)) {
      int before = i;
      while (before > start && Character.isWhitespace(text.charAt(before - 1))) {
        before--;
      }
      int after = i + 1;
      while (after < span.end() && Character.isWhitespace(text.charAt(after))) {
        after++;
      }
      boolean lineEndsOpen = before > start && Character.isLetterOrDigit(text.charAt(before - 1))
          || before > start && text.charAt(before - 1) == ')';
      boolean nextStartsNew = after < span.end()
          && (Character.isUpperCase(text.codePointAt(after)) || Character.isDigit(text.charAt(after)));
      if (lineEndsOpen && nextStartsNew) {
        groups.add(new Span(start, before));
        start = after;
      }
    }
    groups.add(new Span(start, span.end()));
    return groups;
  }

  /** Tokens of {@code text[start, end)}, with offsets into {@code text}. */
  public List<Token> tokens(String text, int start, int end) {
    return tools.get().tokenizer().tokens(text.substring(start, end), start);
  }

  /** Universal Dependencies part-of-speech tags, one per token. */
  public List<String> partsOfSpeech(Sentence sentence) {
    return Arrays.asList(tools.get().tagger().tag(words(sentence)));
  }

  private static String[] words(Sentence sentence) {
    List<Token> tokens = sentence.tokens();
    String[] words = new String[tokens.size()];
    for (int i = 0; i < words.length; i++) {
      words[i] = tokens.get(i).text();
    }
    return words;
  }

  /** One thread's tools, each made when first used. Mutable: it fills in lazily. */
  private final class Tools {
    private SentenceDetectorME sentenceDetector;
    private CachingTokenizer tokenizer;
    private GreedyTagger tagger;

    SentenceDetectorME sentenceDetector() {
      if (sentenceDetector == null) {
        sentenceDetector = new SentenceDetectorME(models.sentences());
      }
      return sentenceDetector;
    }

    CachingTokenizer tokenizer() {
      if (tokenizer == null) {
        tokenizer = new CachingTokenizer(models.tokens());
      }
      return tokenizer;
    }

    GreedyTagger tagger() {
      if (tagger == null) {
        tagger = new GreedyTagger(models.partsOfSpeech());
      }
      return tagger;
    }
  }
}
