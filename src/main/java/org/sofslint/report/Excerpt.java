package org.sofslint.report;

import java.util.List;
import org.sofslint.document.Block;
import org.sofslint.document.Document;
import org.sofslint.document.Span;
import org.sofslint.read.WordText;

/**
 * The words of a finding in context: up to {@link #AROUND} characters either side of the match,
 * within its block and cut between words. Kept instead of the document, so a renderer that holds
 * findings until the end holds a few lines per finding, not whole reports.
 */
record Excerpt(String before, String match, String after) {
  static final int AROUND = 40;

  static Excerpt of(Document document, Span span) {
    String text = document.text();
    Span block = blockAround(document, span);
    int from = Math.max(block.start(), span.start() - AROUND);
    if (from > block.start()) {
      from = wordStart(text, from, span.start());
    }
    int to = Math.max(span.end(), Math.min(block.end(), span.end() + AROUND));
    if (to < block.end()) {
      to = wordEnd(text, to, span.end());
    }
    return new Excerpt((from > block.start() ? "…" : "") + flat(text.substring(from, span.start())),
        flat(text.substring(span.start(), span.end())),
        flat(text.substring(span.end(), to)) + (to < block.end() ? "…" : ""));
  }

  /**
   * The block holding {@code span}, found by binary search: blocks come in document order, and a
   * long report's thousands of findings would otherwise each scan every block.
   */
  private static Span blockAround(Document document, Span span) {
    List<Block> blocks = document.blocks();
    int low = 0;
    int high = blocks.size() - 1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      Span block = blocks.get(middle).span();
      if (block.end() < span.start()) {
        low = middle + 1;
      } else if (block.start() > span.start()) {
        high = middle - 1;
      } else if (block.contains(span)) {
        return block;
      } else {
        break;
      }
    }
    return new Span(0, document.text().length());
  }

  /** The first word start at or after {@code at}, but never past {@code limit}. */
  private static int wordStart(String text, int at, int limit) {
    int i = at;
    while (i < limit && !Character.isWhitespace(text.charAt(i - 1))) {
      i++;
    }
    return i < limit || Character.isWhitespace(text.charAt(limit - 1)) ? i : keepPairs(text, at);
  }

  /** The last word end at or before {@code at}, but never before {@code limit}. */
  private static int wordEnd(String text, int at, int limit) {
    int i = at;
    while (i > limit && !Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    return i > limit || Character.isWhitespace(text.charAt(limit)) ? i : keepPairs(text, at);
  }

  /** An offset moved off the second half of a surrogate pair, so no emoji is cut in two. */
  private static int keepPairs(String text, int at) {
    return at < text.length() && Character.isLowSurrogate(text.charAt(at)) ? at + 1 : at;
  }

  /** Line breaks (and Word's manual ones) as spaces: an excerpt is one line. */
  private static String flat(String text) {
    return text.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ').replace(WordText.LINE_BREAK, ' ');
  }
}
