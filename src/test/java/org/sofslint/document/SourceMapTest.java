package org.sofslint.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourceMapTest {
  private static Document verbatim(String text) {
    DocumentBuilder builder = new DocumentBuilder(text);
    builder.appendSource(0, text.length());
    return builder.build();
  }

  @Test
  void columnsCountCodePointsAndATabIsOne() {
    Document doc = verbatim("\tZoë 😀 Łucja is here");
    int at = doc.text().indexOf("Łucja");
    assertThat(doc.locate(new Span(at, at + 5))).isEqualTo(new Location(1, 8, 1, 13));
  }

  @Test
  void crlfEndsOneLine() {
    Document doc = verbatim("one\r\ntwo\r\nthree");
    int at = doc.text().indexOf("three");
    assertThat(doc.locate(new Span(at, at + 5))).isEqualTo(new Location(3, 1, 3, 6));
    assertThat(doc.sourceMap().line(2)).isEqualTo("two");
  }

  @Test
  void loneCarriageReturnAndLineFeedEachEndALine() {
    Document doc = verbatim("a\rb\nc");
    assertThat(doc.locate(new Span(4, 5))).isEqualTo(new Location(3, 1, 3, 2));
  }

  @Test
  void aMatchEndingInAnEmojiEndsAfterBothSurrogates() {
    Document doc = verbatim("hi 😀");
    assertThat(doc.locate(new Span(3, 5))).isEqualTo(new Location(1, 4, 1, 5));
  }

  @Test
  void aSpanEndingOnTextInsertedAfterTheLastPieceEndsAtTheEndOfTheFile() {
    // Once it read the character past the file's end, and the report failed as an internal error.
    String original = "Dad";
    DocumentBuilder builder = new DocumentBuilder(original);
    builder.appendSource(0, 3);
    builder.appendInserted(" x");
    Document doc = builder.build();
    assertThat(doc.locate(new Span(0, 5))).isEqualTo(new Location(1, 1, 1, 4));
    assertThat(doc.locate(new Span(4, 5))).isEqualTo(new Location(1, 4, 1, 4));
  }

  @Test
  void aSpanOverALineBreakEndsOnTheNextLine() {
    Document doc = verbatim("in\ndenial");
    assertThat(doc.locate(new Span(0, 9))).isEqualTo(new Location(1, 1, 2, 7));
  }

  @Test
  void insertedTextMapsToTheEndOfThePieceBeforeIt() {
    String original = "**Harm**\nDad";
    DocumentBuilder builder = new DocumentBuilder(original);
    builder.appendSource(2, 6);
    builder.appendInserted("\n\n");
    builder.appendSource(9, 12);
    Document doc = builder.build();
    assertThat(doc.text()).isEqualTo("Harm\n\nDad");
    assertThat(doc.locate(new Span(6, 9))).isEqualTo(new Location(2, 1, 2, 4));
    assertThat(doc.sourceMap().toOriginal(4)).isEqualTo(6);
  }

  @Test
  void derivedTextKeepsPositionsAroundEscapesAndEntities() {
    String original = "a \\* b &amp; controlling";
    DocumentBuilder builder = new DocumentBuilder(original);
    builder.appendDerived("a * b & controlling", 0, original.length());
    Document doc = builder.build();
    int at = doc.text().indexOf("controlling");
    assertThat(doc.locate(new Span(at, at + 11))).isEqualTo(new Location(1, 14, 1, 25));
  }
}
