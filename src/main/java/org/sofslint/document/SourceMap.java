package org.sofslint.document;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Maps offsets in {@link Document#text()} back to the original file. The document text is made
 * of pieces copied from the original (mapped segments) and a few inserted characters such as the
 * separators between blocks; an inserted character maps to the end of the piece before it.
 * This is the one place where offsets become lines and columns.
 */
public final class SourceMap {
  private final String original;
  private final int[] lineStarts;
  /**
   * Whether the original holds a surrogate: without one, a column is a count of characters, and
   * each of the many findings of a report need not count code points from its line's start.
   */
  private final boolean surrogates;
  private final int[] docStarts;
  private final int[] originalStarts;
  private final int[] lengths;
  /** For a Word document, the place of each line (one line per paragraph); empty otherwise. */
  private final List<WordPlace> wordPlaces;

  SourceMap(String original, int[] docStarts, int[] originalStarts, int[] lengths, List<WordPlace> wordPlaces) {
    this.original = original;
    this.wordPlaces = List.copyOf(wordPlaces);
    Lines lines = Lines.of(original);
    this.lineStarts = lines.starts();
    this.surrogates = lines.surrogates();
    this.docStarts = docStarts.clone();
    this.originalStarts = originalStarts.clone();
    this.lengths = lengths.clone();
  }

  /** The offset in the original text of the character at {@code docOffset}. */
  public int toOriginal(int docOffset) {
    int i = Arrays.binarySearch(docStarts, docOffset);
    if (i < 0) {
      i = -i - 2;
    }
    if (i < 0) {
      return 0;
    }
    int into = docOffset - docStarts[i];
    return originalStarts[i] + Math.min(into, lengths[i]);
  }

  /** Where {@code span} sits in the original file; an empty span is a point. */
  public Location locate(Span span) {
    int start = toOriginal(span.start());
    int end = start;
    if (span.length() > 0) {
      // A last character inserted after the last piece maps to the end of the file, past the last character.
      int last = toOriginal(span.end() - 1);
      boolean pair = last < original.length() && Character.isHighSurrogate(original.charAt(last));
      end = Math.min(original.length(), last + (pair ? 2 : 1));
    }
    int startLine = lineIndex(start);
    int endLine = lineIndex(end);
    Optional<WordPlace> word = startLine < wordPlaces.size() ? Optional.of(wordPlaces.get(startLine)) : Optional.empty();
    return new Location(
        startLine + 1, column(startLine, start), endLine + 1, column(endLine, end), word);
  }

  /** The very start of the file, where findings about the whole report are placed. */
  public Location top() {
    return new Location(1, 1, 1, 1, wordPlaces.isEmpty() ? Optional.empty() : Optional.of(wordPlaces.get(0)));
  }

  /** The text of 1-based line {@code line} of the original, without its line ending. */
  public String line(int line) {
    int start = lineStarts[line - 1];
    int end = line < lineStarts.length ? lineStarts[line] : original.length();
    while (end > start && isLineBreak(original.charAt(end - 1))) {
      end--;
    }
    return original.substring(start, end);
  }

  private int lineIndex(int offset) {
    int i = Arrays.binarySearch(lineStarts, offset);
    return i >= 0 ? i : -i - 2;
  }

  private int column(int lineIndex, int offset) {
    int lineStart = lineStarts[lineIndex];
    return (surrogates ? original.codePointCount(lineStart, offset) : offset - lineStart) + 1;
  }

  private static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r';
  }

  /** Where a text's lines start, and whether it holds a surrogate: one pass for both. */
  private record Lines(int[] starts, boolean surrogates) {
    /** CR LF, LF and a lone CR each end one line. */
    static Lines of(String text) {
      int[] starts = new int[16];
      int count = 1;
      boolean surrogates = false;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        surrogates |= Character.isSurrogate(c);
        boolean crlf = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
        if (isLineBreak(c) && !crlf) {
          if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
          }
          starts[count++] = i + 1;
        }
      }
      return new Lines(Arrays.copyOf(starts, count), surrogates);
    }
  }
}
