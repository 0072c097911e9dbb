package org.sofslint.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits what the UD tokenizer leaves joined: quotation marks and brackets stuck to a word
 * ({@code alcoholic”}), clitics ({@code Mum's}, {@code doesn't}) and the full stop it sometimes
 * keeps on a sentence's last word ({@code unkempt.}), so that words match as words.
 */
final class TokenRefiner {
  private static final String OPENERS = "\"“‘'([{«";
  private static final String CLOSERS = "\"”’')]}»,;:!?";
  private static final Set<String> CLITICS = Set.of("'s", "n't", "'re", "'ve", "'ll", "'d", "'m");

  private TokenRefiner() {}

  /**
   * Splits token {@code [start, end)} of {@code text} into pieces, as offset pairs; {@code
   * lastInSentence} allows a final full stop to come off a word that is not an abbreviation.
   */
  static List<int[]> split(String text, int start, int end, boolean lastInSentence) {
    List<int[]> pieces = new ArrayList<>(2);
    if (CLITICS.contains(normalised(text, start, end))) {
      pieces.add(new int[] {start, end});
      return pieces;
    }
    int from = start;
    int to = end;
    while (to - from > 1 && OPENERS.indexOf(text.charAt(from)) >= 0) {
      pieces.add(new int[] {from, from + 1});
      from++;
    }
    List<int[]> tail = new ArrayList<>(2);
    while (to - from > 1 && CLOSERS.indexOf(text.charAt(to - 1)) >= 0) {
      tail.add(0, new int[] {to - 1, to});
      to--;
    }
    if (lastInSentence && isWordWithFullStop(text, from, to)) {
      tail.add(0, new int[] {to - 1, to});
      to--;
    }
    int clitic = cliticStart(text, from, to);
    if (clitic > from) {
      pieces.add(new int[] {from, clitic});
      pieces.add(new int[] {clitic, to});
    } else {
      pieces.add(new int[] {from, to});
    }
    pieces.addAll(tail);
    return pieces;
  }

  private static int cliticStart(String text, int from, int to) {
    for (int length = 3; length >= 2; length--) {
      int at = to - length;
      if (at > from && Character.isLetter(text.charAt(at - 1))) {
        if (CLITICS.contains(normalised(text, at, to))) {
          return at;
        }
      }
    }
    return from;
  }

  /** "unkempt." but not "e.g." or "Dr." (a short word with a full stop may be an abbreviation). */
  private static boolean isWordWithFullStop(String text, int from, int to) {
    if (to - from < 4 || text.charAt(to - 1) != '.') {
      return false;
    }
    for (int i = from; i < to - 1; i++) {
      if (!Character.isLetter(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static String normalised(String text, int start, int end) {
    return text.substring(start, end).replace('’', '\'').toLowerCase(java.util.Locale.ROOT);
  }
}
