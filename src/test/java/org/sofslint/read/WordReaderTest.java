package org.sofslint.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.sofslint.read.WordXml.bold;
import static org.sofslint.read.WordXml.bullet;
import static org.sofslint.read.WordXml.p;
import static org.sofslint.read.WordXml.styled;
import static org.sofslint.read.WordXml.table;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sofslint.TestKit;
import org.sofslint.document.Block;
import org.sofslint.document.Document;
import org.sofslint.document.Location;
import org.sofslint.document.Span;
import org.sofslint.document.WordPlace;

class WordReaderTest {
  private static final String HEADING_STYLES =
      "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/><w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr></w:style>"
      + "<w:style w:type=\"paragraph\" w:styleId=\"berschrift2\"><w:name w:val=\"heading 2\"/></w:style>"
      + "<w:style w:type=\"paragraph\" w:styleId=\"Kop3\"><w:name w:val=\"Kop 3\"/></w:style>"
      + "<w:style w:type=\"paragraph\" w:styleId=\"OurSection\"><w:name w:val=\"Our section\"/><w:pPr><w:outlineLvl w:val=\"1\"/></w:pPr></w:style>"
      + "<w:style w:type=\"paragraph\" w:styleId=\"OurSubsection\"><w:name w:val=\"Our subsection\"/><w:basedOn w:val=\"OurSection\"/></w:style>"
      + "<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/></w:style>"
      + "<w:style w:type=\"paragraph\" w:styleId=\"ListBullet\"><w:name w:val=\"List Bullet\"/>"
      + "<w:pPr><w:numPr><w:numId w:val=\"3\"/></w:numPr></w:pPr></w:style>"
      + "<w:style w:type=\"character\" w:styleId=\"Strong\"><w:name w:val=\"Strong\"/><w:rPr><w:b/></w:rPr></w:style>";

  @TempDir Path dir;

  private Document read(WordXml word) throws InputException {
    return new WordReader(TestKit.CLASSIFIER).read(word.write(dir.resolve("report.docx")));
  }

  private static List<org.assertj.core.groups.Tuple> headings(Document doc) {
    return doc.blocks().stream().filter(b -> b instanceof Block.Heading)
        .map(b -> tuple(doc.text(b.span()), ((Block.Heading) b).level())).toList();
  }

  @Test
  void headingsComeFromStyleIdsNamesOutlineLevelsAndLocalisedStyles() throws InputException {
    Document doc = read(WordXml.body(
        styled("Title", "Child and family assessment")
        + styled("Heading1", "What are we worried about?")
        + styled("berschrift2", "Harm")
        + p("Dad hit Sam.")
        + styled("OurSubsection", "Danger statements")
        + styled("Kop3", "Dad's drinking")
        + p("We are worried.")
        + "<w:p><w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr><w:r><w:t>What's working well?</w:t></w:r></w:p>"
        + p("Gran visits."))
        .styles(HEADING_STYLES));
    assertThat(headings(doc)).containsExactly(
        tuple("Child and family assessment", 1), tuple("What are we worried about?", 1), tuple("Harm", 2),
        tuple("Danger statements", 2), tuple("Dad's drinking", 3), tuple("What's working well?", 1));
    assertThat(MarkdownReaderTest.prose(doc)).containsExactly(
        tuple("past-harm", "Dad hit Sam."), tuple("danger", "We are worried."), tuple("working-well", "Gran visits."));
  }

  @Test
  void aShortBoldParagraphStandingAloneIsAHeadingButABoldSentenceIsNot() throws InputException {
    Document doc = read(WordXml.body(
        styled("Heading1", "Danger statements")
        + bold("Dad's drinking")
        + p("Social workers are worried that Sam could be hurt.")
        + bold("Mum must not drink before she collects the children.")
        + "<w:p><w:r><w:rPr><w:rStyle w:val=\"Strong\"/></w:rPr><w:t>Complicating factors</w:t></w:r></w:p>"
        + p("Mum has no car."))
        .styles(HEADING_STYLES));
    assertThat(headings(doc)).containsExactly(
        tuple("Danger statements", 1), tuple("Dad's drinking", 7), tuple("Complicating factors", 7));
    assertThat(MarkdownReaderTest.prose(doc)).containsExactly(
        tuple("danger", "Social workers are worried that Sam could be hurt."),
        tuple("danger", "Mum must not drink before she collects the children."),
        tuple("complicating-factors", "Mum has no car."));
  }

  @Test
  void numberedAndBulletedParagraphsAreListItemsWithTheirDepth() throws InputException {
    Document doc = read(WordXml.body(
        bullet(0, "one") + bullet(1, "two") + bullet(2, "three") + styled("ListBullet", "four") + p("not a list"))
        .styles(HEADING_STYLES));
    assertThat(doc.blocks()).extracting(b -> doc.text(b.span()), b -> b instanceof Block.ListItem item ? item.depth() : 0)
        .containsExactly(tuple("one", 1), tuple("two", 2), tuple("three", 3), tuple("four", 1), tuple("not a list", 0));
  }

  @Test
  void aMappingTableBecomesSectionsExactlyAsInMarkdown() throws InputException {
    Document word = read(WordXml.body(table(
        new String[] {"What are we worried about?", "What's working well?", "What needs to happen?"},
        new String[] {"Unlabelled worry.<br>Harm<br>Dad hit Sam.<br>• Sam had a bruise.<br>Danger statement: We are worried.",
            "Gran visits.<br>Existing safety<br>Mum called Gran.", "Call Gran.<br>Safety goals: Sam will be safe."})));
    Document markdown = TestKit.markdown("""
        | What are we worried about? | What's working well? | What needs to happen? |
        |---|---|---|
        | Unlabelled worry.<br>Harm<br>Dad hit Sam.<br>• Sam had a bruise.<br>Danger statement: We are worried. | Gran visits.<br>Existing safety<br>Mum called Gran. | Call Gran.<br>Safety goals: Sam will be safe. |
        """);
    assertThat(MarkdownReaderTest.prose(word)).isEqualTo(MarkdownReaderTest.prose(markdown)).contains(
        tuple("past-harm", "Sam had a bruise."), tuple("danger", "We are worried."), tuple("existing-safety", "Mum called Gran."));
  }

  @Test
  void rowLabelsRefineAMappingTableAsInMarkdown() throws InputException {
    Document word = read(WordXml.body(table(
        new String[] {"", "What are we worried about?", "What's working well?", "What needs to happen?"},
        new String[] {"Harm / Strengths / Next steps", "Dad hit Sam.", "Gran visits.", "Call Gran."},
        new String[] {"Danger statements / Existing safety / Safety goals", "We are worried.", "Mum called Gran.", "Sam will be safe."})));
    assertThat(MarkdownReaderTest.prose(word)).containsExactly(
        tuple("past-harm", "Dad hit Sam."), tuple("strengths", "Gran visits."), tuple("next-steps", "Call Gran."),
        tuple("danger", "We are worried."), tuple("existing-safety", "Mum called Gran."), tuple("safety-goals", "Sam will be safe."));
  }

  @Test
  void aCellMergedAcrossColumnsKeepsTheOtherCellsUnderTheirHeaders() throws InputException {
    Document doc = read(WordXml.body("<w:tbl>"
        + "<w:tr><w:tc><w:p><w:r><w:t>What are we worried about?</w:t></w:r></w:p></w:tc>"
        + "<w:tc><w:p><w:r><w:t>What's working well?</w:t></w:r></w:p></w:tc>"
        + "<w:tc><w:p><w:r><w:t>What needs to happen?</w:t></w:r></w:p></w:tc></w:tr>"
        + "<w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr><w:p><w:r><w:t>Dad shouts.</w:t></w:r></w:p></w:tc>"
        + "<w:tc><w:p><w:r><w:t>Call Gran.</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"));
    assertThat(MarkdownReaderTest.prose(doc)).containsExactly(tuple("worries", "Dad shouts."), tuple("next-steps", "Call Gran."));
  }

  @Test
  void onlyWhatWordShowsInTheBodyIsRead() throws InputException {
    Document doc = read(WordXml.body(
        "<w:p><w:r><w:t xml:space=\"preserve\">Mum said </w:t></w:r>"
        + "<w:ins w:id=\"1\" w:author=\"A\"><w:r><w:t xml:space=\"preserve\">inserted words visible </w:t></w:r></w:ins>"
        + "<w:del w:id=\"2\" w:author=\"A\"><w:r><w:delText xml:space=\"preserve\">deleted words hidden </w:delText></w:r></w:del>"
        + "<w:commentRangeStart w:id=\"0\"/><w:r><w:t xml:space=\"preserve\">today</w:t></w:r><w:commentRangeEnd w:id=\"0\"/>"
        + "<w:r><w:commentReference w:id=\"0\"/></w:r>"
        + "<w:r><w:rPr><w:vanish/></w:rPr><w:t>hidden text</w:t></w:r>"
        + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> DATE </w:instrText></w:r>"
        + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t xml:space=\"preserve\"> on Monday</w:t></w:r>"
        + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:r><w:t>.</w:t></w:r></w:p>"
        + "<w:sdt><w:sdtPr/><w:sdtContent>" + p("Block content control text.") + "</w:sdtContent></w:sdt>"
        + "<w:p><w:r><w:t xml:space=\"preserve\">Inline </w:t></w:r><w:sdt><w:sdtContent><w:r><w:t>control</w:t></w:r></w:sdtContent></w:sdt>"
        + "<w:hyperlink r:id=\"x\"><w:r><w:t xml:space=\"preserve\"> and link</w:t></w:r></w:hyperlink></w:p>"
        + "<w:p><w:r><w:t xml:space=\"preserve\">Anchor.</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing>"
        + "<wps:txbx><w:txbxContent>" + p("Text box says Mum is in denial.") + "</w:txbxContent></wps:txbx></w:drawing></mc:Choice>"
        + "<mc:Fallback><w:pict><v:textbox><w:txbxContent>" + p("Text box says Mum is in denial.")
        + "</w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>"
        + p("After the box."))
        .comments("<w:comment w:id=\"0\" w:author=\"A\">" + p("comment text not checked") + "</w:comment>")
        .header(p("header text not checked")));
    assertThat(doc.text()).contains("Mum said inserted words visible today on Monday.", "Block content control text.",
        "Inline control and link", "Text box says Mum is in denial.")
        .doesNotContain("deleted", "hidden", "DATE", "comment text", "header text");
    assertThat(doc.text().split("Text box says", -1)).hasSize(2);
    assertThat(MarkdownReaderTest.prose(doc)).extracting(t -> t.toList().get(1)).containsExactly(
        "Mum said inserted words visible today on Monday.", "Block content control text.", "Inline control and link",
        "Anchor.", "Text box says Mum is in denial.", "After the box.");
  }

  @Test
  void everyFindingPlaceIsOneAWordUserCanFind() throws InputException {
    Document doc = read(WordXml.body(
        styled("Heading1", "Danger statements")
        + "<w:p/>"
        + p("Dad is controlling.")
        + table(new String[] {"Agency", "What they said"}, new String[] {"School", "Sam is late.<br>Mum is in denial."})
        + "<w:tbl><w:tr><w:tc>" + p("First.") + p("Mum is in denial.") + "</w:tc></w:tr></w:tbl>"
        + "<w:p><w:r><w:t>Then</w:t><w:tab/><w:t xml:space=\"preserve\">Mum is in denial.</w:t></w:r></w:p>")
        .styles(HEADING_STYLES));
    assertThat(locate(doc, "controlling", 0)).isEqualTo(
        new Location(3, 8, 3, 19, java.util.Optional.of(new WordPlace.Body(3, "Danger statements"))));
    Location inCell = locate(doc, "in denial", 0);
    assertThat(inCell.word()).contains(new WordPlace.Cell(1, 2, 2, 1, 1, "Danger statements"));
    assertThat(inCell.column()).isEqualTo("Sam is late.\u000BMum is ".length() + 1);
    assertThat(locate(doc, "in denial", 1).word()).contains(new WordPlace.Cell(2, 1, 1, 2, 2, "Danger statements"));
    Location after = locate(doc, "in denial", 2);
    assertThat(after.word()).contains(new WordPlace.Body(4, "Danger statements"));
    assertThat(after.column()).isEqualTo("Then\tMum is ".length() + 1);
    assertThat(after.word().get().label()).isEqualTo("¶4");
    assertThat(inCell.word().get().label()).isEqualTo("table 1 row 2 cell 2");
  }

  private static Location locate(Document doc, String words, int occurrence) {
    int at = -1;
    for (int i = 0; i <= occurrence; i++) {
      at = doc.text().indexOf(words, at + 1);
    }
    return doc.locate(new Span(at, at + words.length()));
  }
}
