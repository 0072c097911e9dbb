package org.sofslint.rules;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The comparable form of a heading: lower case, numbering and punctuation gone, "&amp;" read as
 * "and", curly apostrophes straightened. "2. What’s working well?" and "WHAT'S
 * WORKING WELL" have the same key.
 */
public final class HeadingKey {
  private static final Pattern NUMBERING =
      Pattern.compile("^((section|part|step)\\s+)?(\\d+(\\.\\d+)*[.):]?|[a-h][.)]|[ivx]+[.)])\\s+");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}']+");
  private static final Pattern EDGE_APOSTROPHE = Pattern.compile("(^')|('$)");

  private HeadingKey() {}

  public static String of(String heading) {
    if (isPlainWords(heading)) {
      return heading.toLowerCase(Locale.ROOT);
    }
    String key = heading.toLowerCase(Locale.ROOT)
        .replace('\u2019', '\'')
        .replace('\u2018', '\'')
        .replace("&", " and ")
        .strip();
    key = NUMBERING.matcher(key).replaceFirst("");
    key = NOT_WORD.matcher(key).replaceAll(" ").strip();
    return EDGE_APOSTROPHE.matcher(key).replaceAll("").strip();
  }

  /**
   * ASCII letters and apostrophes in words parted by single spaces, starting and ending with a
   * letter: a key already but for its case, since there is nothing to number, strip or part.
   * Most headings and the short lines asked about are such, and the expressions took 2% of a
   * batch's CPU.
   */
  private static boolean isPlainWords(String heading) {
    int last = heading.length() - 1;
    if (last < 0 || !isAsciiLetter(heading.charAt(0)) || !isAsciiLetter(heading.charAt(last))) {
      return false;
    }
    for (int i = 1; i < last; i++) {
      char c = heading.charAt(i);
      boolean fits = isAsciiLetter(c) || c == '\'' || c == ' ' && heading.charAt(i - 1) != ' ';
      if (!fits) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }
}
