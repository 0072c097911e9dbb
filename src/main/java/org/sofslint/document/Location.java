package org.sofslint.document;

/**
 * Where a span sits in the original file, as a person finds it: 1-based lines, and 1-based
 * columns counted in Unicode code points (a tab is one). The end column is exclusive: it is the
 * column just after the last character, as in SARIF.
 */
public record Location(int line, int column, int endLine, int endColumn) {
  public Location {
    if (line < 1 || column < 1 || endLine < line || endColumn < 1) {
      throw new IllegalArgumentException(
          "bad location " + line + ":" + column + "-" + endLine + ":" + endColumn);
    }
  }
}
