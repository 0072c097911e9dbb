package org.sofslint.document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Assembles a {@link Document} piece by piece while remembering where each piece came from.
 * Mutable by nature: readers append to it as they walk their source, then call {@link #build()}.
 */
public final class DocumentBuilder {
  private final String original;
  private final StringBuilder text = new StringBuilder();
  private final List<Block> blocks = new ArrayList<>();
  private final List<SourceComment> comments = new ArrayList<>();
  private List<WordPlace> wordPlaces = List.of();
  private int[] docStarts = new int[64];
  private int[] originalStarts = new int[64];
  private int[] lengths = new int[64];
  private int segments;

  public DocumentBuilder(String original) {
    this.original = original;
  }

  /** The document offset the next appended character will have. */
  public int position() {
    return text.length();
  }

  /** Appends {@code original[start, end)} unchanged. */
  public void appendSource(int start, int end) {
    mapSegment(text.length(), start, end - start);
    text.append(original, start, end);
  }

  /**
   * Appends {@code literal}, which a parser derived from {@code original[start, end)} by
   * resolving escapes and entities ({@code \*} is {@code *}, {@code &amp;} is {@code &}). Each
   * literal character is matched to the next equal source character, so positions stay exact
   * around the escapes; a character with no match maps to the source position reached so far.
   */
  public void appendDerived(String literal, int start, int end) {
    if (end - start == literal.length() && original.regionMatches(start, literal, 0, end - start)) {
      appendSource(start, end);
      return;
    }
    int source = start;
    for (int i = 0; i < literal.length(); i++) {
      char c = literal.charAt(i);
      int found = original.indexOf(c, source);
      if (found >= 0 && found < end) {
        mapSegment(text.length(), found, 1);
        source = found + 1;
      }
      text.append(c);
    }
  }

  /** Appends characters that are not in the source, such as a space standing for a line break. */
  public void appendInserted(String inserted) {
    text.append(inserted);
  }

  /** Removes trailing whitespace appended since {@code from}, so blocks end on a character. */
  public void trimTrailingWhitespace(int from) {
    int end = text.length();
    while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    text.setLength(end);
    while (segments > 0 && docStarts[segments - 1] >= end) {
      segments--;
    }
    if (segments > 0) {
      int last = segments - 1;
      lengths[last] = Math.min(lengths[last], end - docStarts[last]);
    }
  }

  public void addBlock(Block block) {
    blocks.add(block);
  }

  public void addComment(SourceComment comment) {
    comments.add(comment);
  }

  /** For a Word document: the place of each line of the original, which holds one paragraph a line. */
  public void wordPlaces(List<WordPlace> places) {
    this.wordPlaces = List.copyOf(places);
  }

  public Document build() {
    SourceMap map =
        new SourceMap(
            original,
            Arrays.copyOf(docStarts, segments),
            Arrays.copyOf(originalStarts, segments),
            Arrays.copyOf(lengths, segments),
            wordPlaces);
    return new Document(text.toString(), blocks, comments, map);
  }

  private void mapSegment(int docStart, int originalStart, int length) {
    if (length == 0) {
      return;
    }
    if (segments > 0) {
      int last = segments - 1;
      boolean continues =
          docStarts[last] + lengths[last] == docStart
              && originalStarts[last] + lengths[last] == originalStart;
      if (continues) {
        lengths[last] += length;
        return;
      }
    }
    if (segments == docStarts.length) {
      docStarts = Arrays.copyOf(docStarts, segments * 2);
      originalStarts = Arrays.copyOf(originalStarts, segments * 2);
      lengths = Arrays.copyOf(lengths, segments * 2);
    }
    docStarts[segments] = docStart;
    originalStarts[segments] = originalStart;
    lengths[segments] = length;
    segments++;
  }
}
