package org.sofslint.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.StringUtil;
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
  /** What OpenNLP's tokenizers take for white space ({@link StringUtil#isWhitespace}), for each ASCII character. */
  private static final boolean[] ASCII_WHITESPACE = asciiWhitespace();

  private final TokenizerME tokenizer;
  private final StringTable<Word> words = new StringTable<>(CAPACITY);
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
    int[] bounds = words(text);
    List<Span> tokens = new ArrayList<>(bounds.length / 2 + bounds.length / 8);
    for (int w = 0; w < bounds.length; w += 2) {
      for (Span split : word(text, bounds[w], bounds[w + 1]).splits()) {
        tokens.add(new Span(bounds[w] + split.getStart(), bounds[w] + split.getEnd()));
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
    int[] bounds = words(text);
    List<Token> tokens = new ArrayList<>(bounds.length / 2 + bounds.length / 8);
    for (int w = 0; w < bounds.length; w += 2) {
      int start = offset + bounds[w];
      Word word = word(text, bounds[w], bounds[w + 1]);
      Pieces pieces = w == bounds.length - 2 ? word.atEnd() : word.inside();
      for (int k = 0; k < pieces.texts().length; k++) {
        org.sofslint.document.Span span =
            new org.sofslint.document.Span(start + pieces.bounds()[2 * k], start + pieces.bounds()[2 * k + 1]);
        tokens.add(new Token(span, pieces.texts()[k]));
      }
    }
    return tokens;
  }

  /**
   * The start and end of each whitespace-separated word of {@code text}, in turn: the words
   * OpenNLP's {@link WhitespaceTokenizer} finds, without a {@link Span} for each and with ASCII's
   * white space looked up.
   */
  private static int[] words(String text) {
    int[] bounds = new int[16];
    int count = 0;
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean gap = i == text.length() || isWhitespace(text.charAt(i));
      if (gap && start >= 0) {
        if (count + 2 > bounds.length) {
          bounds = Arrays.copyOf(bounds, bounds.length * 2);
        }
        bounds[count++] = start;
        bounds[count++] = i;
        start = -1;
      } else if (!gap && start < 0) {
        start = i;
      }
    }
    return Arrays.copyOf(bounds, count);
  }

  private static boolean isWhitespace(char c) {
    return c < ASCII_WHITESPACE.length ? ASCII_WHITESPACE[c] : StringUtil.isWhitespace(c);
  }

  private static boolean[] asciiWhitespace() {
    boolean[] whitespace = new boolean[128];
    for (char c = 0; c < whitespace.length; c++) {
      whitespace[c] = StringUtil.isWhitespace(c);
    }
    return whitespace;
  }

  /** The word that is {@code sentence}'s characters {@code [start, end)}. */
  private Word word(String sentence, int start, int end) {
    Word word = words.get(sentence, start, end);
    if (word == null) {
      if (words.size() >= CAPACITY) {
        words.clear();
        texts.clear();
      }
      String text = sentence.substring(start, end);
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
