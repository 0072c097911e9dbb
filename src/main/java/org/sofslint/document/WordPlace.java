package org.sofslint.document;

/**
 * Where a paragraph of a Word document sits, as a Word user finds it: a body paragraph by its
 * number, a table cell by table, row and cell, or a text box by its number. Numbers are 1-based
 * and count in document order; {@code heading} is the text of the heading the paragraph sits
 * under ("" before the first heading).
 */
public sealed interface WordPlace {
  String heading();

  /** A short label for text output, such as {@code ¶14} or {@code table 1 row 2 cell 3}. */
  String label();

  /** The {@code paragraph}th paragraph of the body outside tables, empty paragraphs included. */
  record Body(int paragraph, String heading) implements WordPlace {
    @Override
    public String label() {
      return "¶" + paragraph;
    }
  }

  /**
   * Paragraph {@code paragraph} of cell {@code cell} (counted along the row as Word shows it)
   * in row {@code row} of the {@code table}th table; {@code paragraphs} is how many the cell has.
   */
  record Cell(int table, int row, int cell, int paragraph, int paragraphs, String heading) implements WordPlace {
    @Override
    public String label() {
      return "table " + table + " row " + row + " cell " + cell + (paragraphs > 1 ? " ¶" + paragraph : "");
    }
  }

  /** Paragraph {@code paragraph} of the {@code box}th text box. */
  record TextBox(int box, int paragraph, String heading) implements WordPlace {
    @Override
    public String label() {
      return "text box " + box + " ¶" + paragraph;
    }
  }
}
