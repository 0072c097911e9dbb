package org.sofslint.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.regex.Pattern;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceDetectorFactory;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerFactory;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The OpenNLP English models (Universal Dependencies EWT, from the {@code opennlp-models-*-en}
 * jars on the class path), with the settings sofslint runs them with (greedy tagging, the
 * tokenizer's shortcut). Each is loaded once, when first needed or earlier in the background
 * ({@link #loadInBackground}), and then shared: models are thread-safe, and nothing is ever
 * fetched over the network. Make one per process.
 */
public final class NlpModels {
  /** The entry of a part-of-speech model holding its maxent model (OpenNLP's own name for it is not public). */
  static final String TAGGER_MAXENT = "pos.model";

  private final Lazy<SentenceModel> sentences = new Lazy<>(() -> tableScanning(stockSentences()));
  private final Lazy<TokenizerModel> tokens = new Lazy<>(() -> wordsWhole(stockTokens()));
  private final Lazy<POSModel> partsOfSpeech = new Lazy<>(() -> greedy(stockPartsOfSpeech()));

  /** The sentence model as published, read from the class path now. */
  public static SentenceModel stockSentences() {
    return load("/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin", SentenceModel::new);
  }

  /** The tokenizer model as published, with OpenNLP's own settings, read now. */
  public static TokenizerModel stockTokens() {
    return load("/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin", TokenizerModel::new);
  }

  /** The part-of-speech model as published, with OpenNLP's own beam, read now. */
  public static POSModel stockPartsOfSpeech() {
    return load("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin", POSModel::new);
  }

  SentenceModel sentences() {
    return sentences.get();
  }

  TokenizerModel tokens() {
    return tokens.get();
  }

  POSModel partsOfSpeech() {
    return partsOfSpeech.get();
  }

  /** The models a run may ask for, in the order they are usually needed. */
  public enum Model { SENTENCES, TOKENS, PARTS_OF_SPEECH }

  /**
   * Starts loading {@code models}, one after another, on {@code background}, so that a cold
   * run reads its rules and its report while they load; whoever asks for a model meanwhile
   * waits for it. A model that fails to load here is loaded, and fails, again where it is
   * asked for, so the error surfaces on the thread that needs it.
   */
  public void loadInBackground(List<Model> models, Executor background) {
    background.execute(() -> {
      try {
        for (Model model : models) {
          lazy(model).get();
        }
      } catch (RuntimeException e) {
        // Reported where the model is needed.
      }
    });
  }

  /** The models loaded so far. */
  public List<Model> loaded() {
    return java.util.Arrays.stream(Model.values()).filter(model -> lazy(model).made()).toList();
  }

  private Lazy<?> lazy(Model model) {
    return switch (model) {
      case SENTENCES -> sentences;
      case TOKENS -> tokens;
      case PARTS_OF_SPEECH -> partsOfSpeech;
    };
  }

  /**
   * The tagger with a beam of one instead of OpenNLP's default three: it evaluates its model
   * once per word instead of up to three times, and tags 2.2 times as fast. The beam buys
   * nothing with this model: over the samples, the test reports and 115,000 words of the
   * benchmark corpus the two give the same tag to every word (TextAnalyzerTest keeps checking).
   */
  public static POSModel greedy(POSModel trained) {
    MaxentModel maxent = trained.getArtifact(TAGGER_MAXENT);
    return new POSModel(trained.getLanguage(), maxent, 1, Map.of(), trained.getFactory());
  }

  /**
   * The tokenizer with OpenNLP's alphanumeric shortcut on, for runs of letters only or digits
   * only: those are kept whole without asking the model, which would keep them whole anyway
   * (it does not split "cannot" or "gonna"; clitics are TokenRefiner's job), so tokenizing is
   * three times as fast. Mixed runs such as "9pm" still go to the model, which splits them.
   * Over the samples, the test reports and 645,000 tokens of the benchmark corpus the tokens
   * are the same (TextAnalyzerTest keeps checking).
   */
  public static TokenizerModel wordsWhole(TokenizerModel trained) {
    TokenizerFactory factory = trained.getFactory();
    return new TokenizerModel(trained.getMaxentModel(), Map.of(), new TokenizerFactory(factory.getLanguageCode(),
        factory.getAbbreviationDictionary(), true, LETTERS_OR_DIGITS));
  }

  /**
   * The sentence model with its end-of-sentence characters found by a table
   * ({@link EndOfSentenceTable}) instead of a set of boxed characters; the same positions, so the
   * same sentences (TextAnalyzerTest keeps checking).
   */
  public static SentenceModel tableScanning(SentenceModel trained) {
    SentenceDetectorFactory factory = trained.getFactory();
    if (factory.getEOSCharacters() == null) {
      return trained; // OpenNLP then takes its language's characters, which this does not read
    }
    return new SentenceModel(trained.getLanguage(), trained.getMaxentModel(), Map.of(),
        new TableScanningFactory(factory.getLanguageCode(), factory.isUseTokenEnd(),
            factory.getAbbreviationDictionary(), factory.getEOSCharacters()));
  }

  private static final Pattern LETTERS_OR_DIGITS = Pattern.compile("^(?:[A-Za-z]+|[0-9]+)$");

  private interface ModelReader<T> {
    T read(InputStream in) throws IOException;
  }

  private static <T> T load(String resource, ModelReader<T> reader) {
    try (InputStream in = NlpModels.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("OpenNLP model missing from the class path: " + resource);
      }
      return reader.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read OpenNLP model " + resource, e);
    }
  }
}
