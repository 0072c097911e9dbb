package org.sofslint.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;
import org.sofslint.document.Token;

/**
 * OpenNLP's tokenizer, remembering what it made of the words it has seen. Its model splits each
 * whitespace-separated word on its own, from that word's characters alone, and asks the model
 * once per character of a word with punctuation ("March," "Sam's" "said:"), which was most of
 * tokenizing; a report repeats such words. So the splits are exactly the tokenizer's. A word's
 * refined tokens ({@link TokenRefiner}) are remembered with it, and every occurrence of a token's
 * text gets the same string, so the tables later steps keep by word find it by identity and its
 * hash is worked out once. Keeps at most {@value #CAPACITY} words and starts afresh when full, so
 * memory stays flat in a long batch. Not thread-safe, like OpenNLP's tokenizer: one per thread.
 */
public final class CachingTokenizer {
  private static final int CAPACITY = 16_384;

  private final TokenizerME tokenizer;
  private final Map<String, Word> words = new HashMap<>();
  /** One string for each token text of the words remembered. */
  private final Map<String, String> texts = new HashMap<>();

  public CachingTokenizer(TokenizerModel model) {
    this.tokenizer = new TokenizerME(model);
  }

  /**
   * A whitespace-separated word: the tokenizer's splits, and its refined tokens inside a sentence
   * and at its end, where a full stop may come off.
   */
  private record Word(Span[] splits, Pieces inside, Pieces atEnd) {}

  /** Refined tokens: token k is {@code [bounds[2k], bounds[2k + 1])} of the word, its text {@code texts[k]}. */
  private record Pieces(int[] bounds, String[] texts) {}

  /** The tokens of {@code text}, as OpenNLP's {@link TokenizerME#tokenizePos} gives them. */
  public Span[] tokenizePos(String text) {
    Span[] spans = WhitespaceTokenizer.INSTANCE.tokenizePos(text);
    List<Span> tokens = new ArrayList<>(spans.length + spans.length / 4);
    for (Span span : spans) {
      for (Span split : word(text.substring(span.getStart(), span.getEnd())).splits()) {
        tokens.add(new Span(span.getStart() + split.getStart(), span.getStart() + split.getEnd()));
      }
    }
    return tokens.toArray(Span[]::new);
  }

  /**
   * The refined tokens of the sentence {@code text}, with offsets into it plus {@code offset}:
   * the tokenizer's, with quotation marks, brackets, clitics and a sentence's final full stop
   * split off ({@link TokenRefiner}).
   */
  public List<Token> tokens(String text, int offset) {
    Span[] spans = WhitespaceTokenizer.INSTANCE.tokenizePos(text);
    List<Token> tokens = new ArrayList<>(spans.length + spans.length / 4);
    for (int w = 0; w < spans.length; w++) {
      int start = offset + spans[w].getStart();
      Word word = word(text.substring(spans[w].getStart(), spans[w].getEnd()));
      Pieces pieces = w == spans.length - 1 ? word.atEnd() : word.inside();
      for (int k = 0; k < pieces.texts().length; k++) {
        org.sofslint.document.Span span =
            new org.sofslint.document.Span(start + pieces.bounds()[2 * k], start + pieces.bounds()[2 * k + 1]);
        tokens.add(new Token(span, pieces.texts()[k]));
      }
    }
    return tokens;
  }

  private Word word(String text) {
    Word word = words.get(text);
    if (word == null) {
      if (words.size() >= CAPACITY) {
        words.clear();
        texts.clear();
      }
      // OpenNLP gives a single character back as it is.
      Span[] splits = text.length() < 2 ? new Span[] {new Span(0, text.length())} : tokenizer.tokenizePos(text);
      Pieces inside = refine(text, splits, false);
      Pieces atEnd = refine(text, splits, true);
      word = new Word(splits, inside, Arrays.equals(atEnd.bounds(), inside.bounds()) ? inside : atEnd);
      words.put(text, word);
    }
    return word;
  }

  private Pieces refine(String word, Span[] splits, boolean endsSentence) {
    List<int[]> pieces = new ArrayList<>(splits.length + 1);
    for (int i = 0; i < splits.length; i++) {
      boolean last = endsSentence && i == splits.length - 1;
      pieces.addAll(TokenRefiner.split(word, splits[i].getStart(), splits[i].getEnd(), last));
    }
    int[] bounds = new int[2 * pieces.size()];
    String[] pieceTexts = new String[pieces.size()];
    for (int k = 0; k < pieces.size(); k++) {
      int[] piece = pieces.get(k);
      bounds[2 * k] = piece[0];
      bounds[2 * k + 1] = piece[1];
      String pieceText = piece[0] == 0 && piece[1] == word.length() ? word : word.substring(piece[0], piece[1]);
      pieceTexts[k] = texts.computeIfAbsent(pieceText, t -> t);
    }
    return new Pieces(bounds, pieceTexts);
  }
}
