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
    String key = heading.toLowerCase(Locale.ROOT)
        .replace('\u2019', '\'')
        .replace('\u2018', '\'')
        .replace("&", " and ")
        .strip();
    key = NUMBERING.matcher(key).replaceFirst("");
    key = NOT_WORD.matcher(key).replaceAll(" ").strip();
    return EDGE_APOSTROPHE.matcher(key).replaceAll("").strip();
  }
}
