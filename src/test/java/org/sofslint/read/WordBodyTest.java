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

  /** Style ids a random body uses; some are defined by the random styles, some nowhere. */
  private static final List<String> STYLE_IDS = List.of("Heading1", "Heading2", "Kop3", "Title", "Normal", "Body", "List",
      "Strong", "Loop", "Missing", "");
  private static final List<String> STYLE_NAMES = List.of("heading 1", "heading 2", "Überschrift 3", "Titre", "Title",
      "Normal", "Body Text", "List Bullet", "Strong", "heading 9", "Heading 1 Char");

  /**
   * Random bodies over random style tables, in the pieces Word writes (styles, bold runs, lists,
   * outline levels, tables, content controls, tracked changes, hidden text, text boxes): the
   * reader and the annotator see every one alike. 300 documents, seeded. Both walks read styles
   * with the same code, so this checks that the JDK's DOM and XMLBeans' give them the same
   * document; that the styles are read as POI reads them is pinned by the first test.
   */
  @Test
  void randomBodiesAndStylesAreSeenAlikeByTheReaderAndTheAnnotator() throws Exception {
    java.util.Random random = new java.util.Random(20261208);
    for (int document = 0; document < 300; document++) {
      StringBuilder styles = new StringBuilder();
      for (int i = random.nextInt(8); i > 0; i--) {
        styles.append(randomStyle(random));
      }
      StringBuilder body = new StringBuilder();
      for (int i = 1 + random.nextInt(12); i > 0; i--) {
        body.append(randomBlock(random, 0));
      }
      WordXml word = WordXml.body(body.toString());
      if (random.nextInt(5) > 0) {
        word.styles(styles.toString());
      }
      Path file = word.write(dir.resolve("random-" + document + ".docx"));
      assertThat(paragraphsAsTheReaderSees(file)).as("document %d: %s | %s", document, styles, body)
          .isEqualTo(paragraphsAsTheAnnotatorSees(file));
    }
  }

  private static String randomStyle(java.util.Random random) {
    StringBuilder style = new StringBuilder("<w:style w:type=\"").append(random.nextBoolean() ? "paragraph" : "character")
        .append("\"").append(random.nextInt(6) > 0 ? " w:styleId=\"" + pick(random, STYLE_IDS) + "\"" : "").append(">");
    if (random.nextInt(4) > 0) {
      style.append("<w:name w:val=\"").append(pick(random, STYLE_NAMES)).append("\"/>");
    }
    switch (random.nextInt(4)) {
      case 0 -> style.append("<w:basedOn w:val=\"").append(pick(random, STYLE_IDS)).append("\"/>");
      case 1 -> style.append("<w:basedOn/>");
      default -> { }
    }
    if (random.nextBoolean()) {
      style.append("<w:pPr>").append(random.nextBoolean() ? "<w:outlineLvl w:val=\"" + random.nextInt(10) + "\"/>" : "")
          .append(random.nextBoolean() ? "<w:numPr><w:ilvl w:val=\"" + random.nextInt(3) + "\"/><w:numId w:val=\""
              + random.nextInt(3) + "\"/></w:numPr>" : "").append("</w:pPr>");
    }
    if (random.nextBoolean()) {
      style.append("<w:rPr><w:b").append(pick(random, List.of("", " w:val=\"0\"", " w:val=\"false\"", " w:val=\"1\"")))
          .append("/></w:rPr>");
    }
    return style.append("</w:style>").toString();
  }

  private static String randomBlock(java.util.Random random, int depth) {
    String words = pick(random, List.of("Danger statements", "Dad is controlling.", "Mum said she was worried.",
        "What's working well?", "Gran visits", "Sam (6) was hurt on 3 May.", "Next steps"));
    return switch (random.nextInt(depth > 1 ? 9 : 11)) {
      case 0 -> p(words);
      case 1 -> styled(pick(random, STYLE_IDS), words);
      case 2 -> bold(words);
      case 3 -> bullet(random.nextInt(3), words);
      case 4 -> "<w:p><w:pPr><w:outlineLvl w:val=\"" + random.nextInt(10) + "\"/></w:pPr><w:r><w:t>" + words + "</w:t></w:r></w:p>";
      case 5 -> "<w:p><w:pPr><w:pStyle w:val=\"" + pick(random, STYLE_IDS) + "\"/></w:pPr><w:r><w:rPr><w:rStyle w:val=\""
          + pick(random, STYLE_IDS) + "\"/></w:rPr><w:t>" + words + "</w:t></w:r></w:p>";
      case 6 -> "<w:p><w:r><w:t xml:space=\"preserve\">" + words + " </w:t></w:r><w:ins w:id=\"1\" w:author=\"A\"><w:r><w:t>added</w:t>"
          + "</w:r></w:ins><w:del w:id=\"2\" w:author=\"A\"><w:r><w:delText>gone</w:delText></w:r></w:del>"
          + "<w:r><w:rPr><w:vanish/></w:rPr><w:t>hidden</w:t></w:r><w:r><w:br/><w:t>next line</w:t><w:tab/></w:r></w:p>";
      case 7 -> "<w:p><w:r><w:t>Anchor.</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wps:txbx>"
          + "<w:txbxContent>" + p(words) + "</w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox>"
          + "<w:txbxContent>" + p(words) + "</w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>";
      case 8 -> table(new String[] {"Worries", words}, new String[] {words + "<br>" + words, ""});
      case 9 -> "<w:sdt><w:sdtContent>" + randomBlock(random, depth + 1) + randomBlock(random, depth + 1) + "</w:sdtContent></w:sdt>";
      default -> "<w:tbl><w:tr><w:tc>" + randomBlock(random, depth + 1) + "</w:tc><w:tc><w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr>"
          + randomBlock(random, depth + 1) + "</w:tc></w:tr></w:tbl>";
    };
  }

  private static String pick(java.util.Random random, List<String> choices) {
    return choices.get(random.nextInt(choices.size()));
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
