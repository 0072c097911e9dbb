package org.sofslint.document;

/**
 * White space as java.util.regex's {@code \s} sees it (space, tab, line feed, vertical tab, form
 * feed, carriage return; Word writes a manual line break as the vertical tab), for the loops that
 * stand in for such expressions on every line or every finding.
 */
public final class Whitespace {
  private Whitespace() {}

  public static boolean is(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /**
   * {@code text} with each run of white space made one space, as {@code replaceAll("\\s+", " ")}
   * would; the text itself when nothing changes, as most text needs.
   */
  public static String oneLine(String text) {
    StringBuilder line = null;
    boolean inGap = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean gap = is(c);
      if (line == null) {
        // The first change: white space that is not a space, or a second character of a run.
        if (gap && (c != ' ' || inGap)) {
          line = new StringBuilder(text.length()).append(text, 0, i);
          if (!inGap) {
            line.append(' ');
          }
        }
      } else if (!gap) {
        line.append(c);
      } else if (!inGap) {
        line.append(' ');
      }
      inGap = gap;
    }
    return line == null ? text : line.toString();
  }
}
