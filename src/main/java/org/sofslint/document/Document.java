package org.sofslint.document;

import java.util.List;
import java.util.Optional;

/**
 * A report as sofslint reads it: the prose text with markup removed, the blocks it is made of
 * (each in a section, in text order, none overlapping the next: a reader appends them one after
 * another), the source comments, and the map back to the original file.
 */
public record Document(
    String text, List<Block> blocks, List<SourceComment> comments, SourceMap sourceMap) {
  public Document {
    blocks = List.copyOf(blocks);
    comments = List.copyOf(comments);
  }

  public String text(Span span) {
    return text.substring(span.start(), span.end());
  }

  public Location locate(Span span) {
    return sourceMap.locate(span);
  }

  /**
   * The first block holding the character at {@code offset}, an empty block counting as holding
   * the character where it stands. By binary search: a long report has thousands of blocks and
   * every finding asks.
   */
  public Optional<Block> blockAt(int offset) {
    int after = 0;
    int end = blocks.size();
    while (after < end) {
      int middle = (after + end) >>> 1;
      if (blocks.get(middle).span().start() <= offset) {
        after = middle + 1;
      } else {
        end = middle;
      }
    }
    // Only blocks starting where the last one starting at or before the offset starts can hold it.
    int first = after - 1;
    while (first > 0 && blocks.get(first - 1).span().start() == blocks.get(first).span().start()) {
      first--;
    }
    for (int i = Math.max(first, 0); i < after; i++) {
      Span span = blocks.get(i).span();
      if (offset < Math.max(span.end(), span.start() + 1)) {
        return Optional.of(blocks.get(i));
      }
    }
    return Optional.empty();
  }
}
