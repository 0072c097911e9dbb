package org.sofslint.rules;

import java.util.Locale;
import java.util.regex.Pattern;
import org.sofslint.document.Whitespace;

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
    String plain = plainKey(heading);
    if (plain != null) {
      return plain;
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
   * The key of a heading in ASCII with no digit, no "&amp;" and nothing a numbering could end with
   * (a "." or ")" before white space): its letters and apostrophes, lower-cased, the rest one
   * space between words. That is what the expressions make of it, by a loop; null for any other
   * heading, and where the key would start or end with an apostrophe. Most headings and the
   * short lines asked about are such ("Case ref:", "What has happened?"), and the expressions
   * took 2% of a batch's CPU.
   */
  private static String plainKey(String heading) {
    StringBuilder key = new StringBuilder(heading.length());
    boolean gap = false;
    for (int i = 0; i < heading.length(); i++) {
      char c = heading.charAt(i);
      boolean endsNumbering =
          (c == '.' || c == ')') && i + 1 < heading.length() && Whitespace.is(heading.charAt(i + 1));
      if (c >= 128 || c >= '0' && c <= '9' || c == '&' || endsNumbering) {
        return null;
      }
      boolean kept = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '\'';
      if (kept && gap && key.length() > 0) {
        key.append(' ');
      }
      if (kept) {
        key.append(Character.toLowerCase(c));
      }
      gap = !kept;
    }
    boolean edgeApostrophe = key.length() > 0 && (key.charAt(0) == '\'' || key.charAt(key.length() - 1) == '\'');
    return key.length() == 0 || edgeApostrophe ? null : key.toString();
  }
}
