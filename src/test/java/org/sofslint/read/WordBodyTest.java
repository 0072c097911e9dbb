package org.sofslint.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.sofslint.read.WordXml.bold;
import static org.sofslint.read.WordXml.bullet;
import static org.sofslint.read.WordXml.p;
import static org.sofslint.read.WordXml.styled;
import static org.sofslint.read.WordXml.table;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader walks a body read as the JDK's DOM, the annotator one POI has built: a finding lands
 * on the paragraph it was found in only if both see the same paragraphs.
 */
class WordBodyTest {
  /** Style chains with the cases where reading styles by hand could part from POI's XWPFStyles. */
  private static final String STYLES =
      "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/></w:style>"
      + "<w:style w:type=\"paragraph\" w:styleId=\"Section\"><w:name w:val=\"Our section\"/><w:pPr><w:outlineLvl w:val=\"1\"/></w:pPr></w:style>"
      + "<w:style w:type=\"paragraph\" w:styleId=\"Subsection\"><w:name w:val=\"Our subsection\"/><w:basedOn w:val=\"Section\"/></w:style>"
      // Two styles with one id: POI finds the first, a heading; the second would make it body text.
      + "<w:style w:type=\"paragraph\" w:styleId=\"Twice\"><w:name w:val=\"heading 3\"/></w:style>"
      + "<w:style w:type=\"paragraph\" w:styleId=\"Twice\"><w:name w:val=\"Body\"/><w:pPr><w:outlineLvl w:val=\"9\"/></w:pPr></w:style>"
      // A basedOn with no value ends the chain: "Orphan" is not a heading although "" might be read as one.
      + "<w:style w:type=\"paragraph\" w:styleId=\"Orphan\"><w:name w:val=\"Orphan\"/><w:basedOn/></w:style>"
      + "<w:style w:type=\"paragraph\" w:styleId=\"\"><w:name w:val=\"heading 2\"/></w:style>"
      + "<w:style w:type=\"paragraph\" w:styleId=\"Nameless\"><w:basedOn w:val=\"Section\"/></w:style>"
      + "<w:style w:type=\"paragraph\" w:styleId=\"Bullets\"><w:name w:val=\"List Bullet\"/>"
      + "<w:pPr><w:numPr><w:ilvl w:val=\"1\"/><w:numId w:val=\"3\"/></w:numPr></w:pPr></w:style>"
      + "<w:style w:type=\"paragraph\" w:styleId=\"BoldBody\"><w:name w:val=\"Bold body\"/><w:rPr><w:b/></w:rPr></w:style>"
      + "<w:style w:type=\"character\" w:styleId=\"Strong\"><w:name w:val=\"Strong\"/><w:basedOn w:val=\"Emphasis\"/></w:style>"
      + "<w:style w:type=\"character\" w:styleId=\"Emphasis\"><w:name w:val=\"Emphasis\"/><w:rPr><w:b w:val=\"1\"/></w:rPr></w:style>"
      + "<w:style w:type=\"character\" w:styleId=\"Loop\"><w:name w:val=\"Loop\"/><w:basedOn w:val=\"Loop\"/></w:style>";

  private static final String BODY = styled("Heading1", "Danger statements")
      + styled("Section", "Past harm") + styled("Subsection", "What happened") + styled("Twice", "Twice styled")
      + styled("Orphan", "Orphan styled") + styled("Nameless", "Nameless styled") + styled("Missing", "Missing style")
      + styled("Heading4", "A heading by its id alone")
      + bullet(0, "one") + bullet(2, "three") + styled("Bullets", "styled bullet")
      + bold("Dad's drinking") + styled("BoldBody", "Bold by its style")
      + "<w:p><w:r><w:rPr><w:rStyle w:val=\"Strong\"/></w:rPr><w:t>Bold by a character style's base</w:t></w:r></w:p>"
      + "<w:p><w:r><w:rPr><w:rStyle w:val=\"Loop\"/></w:rPr><w:t>A style based on itself</w:t></w:r></w:p>"
      + p("Social workers are worried that Sam could be hurt.")
      + table(new String[] {"Agency", "What they said"}, new String[] {"School", "Sam is late.<br>Mum is in denial."});

  @TempDir Path dir;

  @Test
  void theReaderAndTheAnnotatorSeeTheSameParagraphsWithTheSameHeadingsAndLists() throws Exception {
    Path built = WordXml.body(BODY).styles(STYLES).write(dir.resolve("styles.docx"));
    List<Tuple> read = paragraphsAsTheReaderSees(built);
    assertThat(read).isEqualTo(paragraphsAsTheAnnotatorSees(built));
    assertThat(levels(read)).contains(tuple("Twice styled", 3, 0), tuple("Orphan styled", 0, 0), tuple("Nameless styled", 2, 0),
            tuple("Missing style", 0, 0), tuple("A heading by its id alone", 4, 0), tuple("styled bullet", 0, 2),
            tuple("Dad's drinking", 7, 0), tuple("Bold by a character style's base", 7, 0),
            tuple("A style based on itself", 0, 0));
  }

  @Test
  void everyWordFixtureIsSeenAlikeByTheReaderAndTheAnnotator() throws Exception {
    List<Path> fixtures;
    try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/test/resources/docx")), Files.walk(Path.of("samples")))) {
      fixtures = files.filter(f -> f.toString().endsWith(".docx") && !f.toString().contains("/bad/")).sorted().toList();
    }
    assertThat(fixtures).hasSizeGreaterThanOrEqualTo(9);
    for (Path fixture : fixtures) {
      assertThat(paragraphsAsTheReaderSees(fixture)).as(fixture.toString())
          .isNotEmpty().isEqualTo(paragraphsAsTheAnnotatorSees(fixture));
    }
  }

  @Test
  void aStylesRelationshipToAPartThePackageLacksIsReadAsNoStyles() throws Exception {
    // POI's XWPFDocument skips such a relationship; the reader must not refuse the document for it.
    Map<String, String> parts = new LinkedHashMap<>();
    WordXml.unzip(WordXml.body(BODY).styles(STYLES).write(dir.resolve("whole.docx")))
        .forEach((name, bytes) -> parts.put(name, new String(bytes, StandardCharsets.UTF_8)));
    assertThat(parts.remove("word/styles.xml")).isNotNull();
    Path lacking = Files.write(dir.resolve("lacking.docx"), WordXml.zip(parts));
    List<Tuple> read = paragraphsAsTheReaderSees(lacking);
    assertThat(read).isEqualTo(paragraphsAsTheAnnotatorSees(lacking));
    assertThat(levels(read)).contains(tuple("Danger statements", 1, 0), tuple("Twice styled", 0, 0), tuple("A heading by its id alone", 4, 0));
  }

  private static List<Tuple> paragraphsAsTheReaderSees(Path file) throws InputException {
    return summary(WordBody.of(WordFiles.readParts(file)));
  }

  private static List<Tuple> paragraphsAsTheAnnotatorSees(Path file) throws InputException, IOException {
    XWPFDocument document = WordFiles.open(file, WordFiles.Access.READ);
    try {
      return summary(WordBody.of(document));
    } finally {
      WordFiles.close(document);
    }
  }

  /** Each paragraph's text, heading level and list depth. */
  private static List<Tuple> levels(List<Tuple> summary) {
    return summary.stream().map(t -> tuple(t.toList().get(0), t.toList().get(1), t.toList().get(2))).toList();
  }

  /** Each paragraph's text, heading level, list depth, place in Word, and whether it is in a text box. */
  private static List<Tuple> summary(WordBody body) {
    return body.paragraphs().stream()
        .map(p -> tuple(p.text().text(), p.headingLevel(), p.listDepth(), p.place(), p.textBoxRun().isPresent()))
        .toList();
  }
}
