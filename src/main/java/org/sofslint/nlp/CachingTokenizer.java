package org.sofslint.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;

/**
 * OpenNLP's tokenizer, remembering how it split the words it has seen. Its model splits each
 * whitespace-separated word on its own, from that word's characters alone, and asks the model
 * once per character of a word with punctuation ("March," "Sam's" "said:"), which was most of
 * tokenizing; a report repeats such words. So the splits are exactly the tokenizer's. Keeps at
 * most {@value #CAPACITY} words and starts afresh when full, so memory stays flat in a long
 * batch. Not thread-safe, like OpenNLP's tokenizer: one per thread.
 */
public final class CachingTokenizer {
  private static final int CAPACITY = 16_384;

  private final TokenizerME tokenizer;
  /** Each word's tokens, as offsets into the word. */
  private final Map<String, Span[]> splits = new HashMap<>();

  public CachingTokenizer(TokenizerModel model) {
    this.tokenizer = new TokenizerME(model);
  }

  /** The tokens of {@code text}, as OpenNLP's {@link TokenizerME#tokenizePos} gives them. */
  public Span[] tokenizePos(String text) {
    Span[] words = WhitespaceTokenizer.INSTANCE.tokenizePos(text);
    List<Span> tokens = new ArrayList<>(words.length + words.length / 4);
    for (Span word : words) {
      if (word.length() < 2) {
        tokens.add(word);
        continue;
      }
      String wordText = text.substring(word.getStart(), word.getEnd());
      Span[] parts = splits.get(wordText);
      if (parts == null) {
        parts = tokenizer.tokenizePos(wordText);
        if (splits.size() >= CAPACITY) {
          splits.clear();
        }
        splits.put(wordText, parts);
      }
      for (Span part : parts) {
        tokens.add(new Span(word.getStart() + part.getStart(), word.getStart() + part.getEnd()));
      }
    }
    return tokens.toArray(Span[]::new);
  }
}
