package org.sofslint.nlp;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.sofslint.document.Sentence;

/**
 * The part-of-speech tags of one document's sentences, each sentence tagged once whoever asks
 * first: the Signs of Safety features and the quoted-speech check both need tags, and a quotation
 * inside a statement is common. Kept by identity, because both are handed the same sentences and
 * a sentence's own hash walks all its tokens. Thread-safe; make one per document.
 */
public final class SentenceTags {
  private final TextAnalyzer nlp;
  private final Map<Sentence, List<String>> tagged = Collections.synchronizedMap(new IdentityHashMap<>());

  public SentenceTags(TextAnalyzer nlp) {
    this.nlp = nlp;
  }

  /** Universal Dependencies part-of-speech tags, one per token of {@code sentence}. */
  public List<String> of(Sentence sentence) {
    return tagged.computeIfAbsent(sentence, nlp::partsOfSpeech);
  }
}
