package org.sofslint.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The OpenNLP English models (Universal Dependencies EWT, from the {@code opennlp-models-*-en}
 * jars on the class path). Each is loaded the first time it is needed and then shared: models
 * are thread-safe, and nothing is ever fetched over the network. Make one per process.
 */
public final class NlpModels {
  private final Lazy<SentenceModel> sentences =
      new Lazy<>(() -> load("/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin", SentenceModel::new));
  private final Lazy<TokenizerModel> tokens =
      new Lazy<>(() -> load("/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin", TokenizerModel::new));
  private final Lazy<POSModel> partsOfSpeech =
      new Lazy<>(() -> load("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin", POSModel::new));
  private final Lazy<LemmatizerModel> lemmas =
      new Lazy<>(() -> load("/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin", LemmatizerModel::new));

  SentenceModel sentences() {
    return sentences.get();
  }

  TokenizerModel tokens() {
    return tokens.get();
  }

  POSModel partsOfSpeech() {
    return partsOfSpeech.get();
  }

  LemmatizerModel lemmas() {
    return lemmas.get();
  }

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
