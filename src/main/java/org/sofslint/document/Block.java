package org.sofslint.document;

/** A run of prose in the document: where it is, what kind of text it is, and its section. */
public sealed interface Block {
  Span span();

  Section section();

  /** A heading; its text names a section rather than saying anything about the family. */
  record Heading(Span span, Section section, int level) implements Block {}

  record Paragraph(Span span, Section section) implements Block {}

  /** A list item's own text; {@code depth} is 1 for a top-level item. */
  record ListItem(Span span, Section section, int depth) implements Block {}

  /**
   * One piece of a table cell (a cell split at line breaks, bullets or category labels);
   * {@code row} and {@code column} are 1-based, the header row being row 1.
   */
  record TableCell(Span span, Section section, int row, int column) implements Block {}
}
