package org.sofslint.document;

import java.util.Optional;

/**
 * Where a span sits in the original file, as a person finds it: 1-based lines, and 1-based
 * columns counted in Unicode code points (a tab is one). The end column is exclusive: it is the
 * column just after the last character, as in SARIF. In a Word document each paragraph is one
 * line, read in the order {@code word} places count, and {@code word} says where that paragraph
 * is in terms a Word user can find; columns are then offsets within the paragraph.
 */
public record Location(int line, int column, int endLine, int endColumn, Optional<WordPlace> word) {
  public Location {
    if (line < 1 || column < 1 || endLine < line || endColumn < 1) {
      throw new IllegalArgumentException(
          "bad location " + line + ":" + column + "-" + endLine + ":" + endColumn);
    }
  }

  public Location(int line, int column, int endLine, int endColumn) {
    this(line, column, endLine, endColumn, Optional.empty());
  }
}
