package org.sofslint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sofslint.read.WordXml;

/** {@code sofslint annotate} and {@code check --annotate}, checked as a Word user would see the result. */
class AnnotateCommandTest {
  /** Matches that start and end inside runs, cross formatting, and sit in links, insertions, cells and text boxes. */
  static final WordXml TRICKY = WordXml.body(
      "<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr><w:r><w:t>Danger statements</w:t></w:r></w:p>"
      + "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">Dad is controlling and Mum is in </w:t></w:r>"
      + "<w:r><w:rPr><w:i/></w:rPr><w:t xml:space=\"preserve\">denial about</w:t></w:r>"
      + "<w:commentRangeStart w:id=\"7\"/><w:r><w:t xml:space=\"preserve\"> the drinking.</w:t></w:r><w:commentRangeEnd w:id=\"7\"/>"
      + "<w:r><w:commentReference w:id=\"7\"/></w:r></w:p>"
      + "<w:p><w:hyperlink r:id=\"x\"><w:r><w:t xml:space=\"preserve\">The family is hard to reach, </w:t></w:r></w:hyperlink>"
      + "<w:ins w:id=\"1\" w:author=\"A\"><w:r><w:t xml:space=\"preserve\">and Mum is non-compliant</w:t></w:r></w:ins>"
      + "<w:del w:id=\"2\" w:author=\"A\"><w:r><w:delText xml:space=\"preserve\"> and controlling</w:delText></w:r></w:del>"
      + "<w:r><w:t>.</w:t><w:tab/><w:t xml:space=\"preserve\">SW to visit.</w:t></w:r></w:p>"
      + WordXml.table(new String[] {"Agency", "What they said"}, new String[] {"School", "Sam is late.<br>Mum is in denial."})
      + "<w:p><w:r><w:t xml:space=\"preserve\">Anchor.</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing>"
      + "<wps:txbx><w:txbxContent>" + WordXml.p("Text box says Mum is in denial.") + "</w:txbxContent></wps:txbx></w:drawing>"
      + "</mc:Choice><mc:Fallback><w:pict><v:textbox><w:txbxContent>" + WordXml.p("Text box says Mum is in denial.")
      + "</w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>")
      .styles("<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/></w:style>")
      .comments("<w:comment w:id=\"7\" w:author=\"Team manager\" w:initials=\"TM\">" + WordXml.p("Please check this with Gran.")
          + "</w:comment>");

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  static Stream<Path> wordFiles() throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path folder : List.of(Path.of("src/test/resources/docx/libreoffice"), Path.of("samples"))) {
      try (Stream<Path> list = Files.list(folder)) {
        list.filter(p -> p.toString().endsWith(".docx")).sorted().forEach(files::add);
      }
    }
    files.add(Path.of("src/test/resources/docx/features.docx"));
    return files.stream();
  }

  @Test
  void thereAreWordFilesMadeByLibreOfficeToCheck() throws IOException {
    assertThat(wordFiles().filter(p -> p.startsWith("src/test/resources/docx/libreoffice"))).hasSizeGreaterThanOrEqualTo(6);
    assertThat(wordFiles().filter(p -> p.startsWith("samples"))).hasSizeGreaterThanOrEqualTo(2);
  }

  @Test
  void everyCommentSitsOnExactlyTheWordsOfItsFindingInAHandMadeDocument() throws Exception {
    Path in = TRICKY.write(dir.resolve("tricky.docx"));
    List<WordComments.Comment> comments = annotateAndCompare(in);
    assertThat(comments).extracting(WordComments.Comment::anchor).contains("controlling", "in denial", "family is hard to reach",
        "non-compliant", "SW");
    assertThat(comments).filteredOn(c -> c.author().equals("Team manager"))
        .containsExactly(new WordComments.Comment("7", "Team manager", "Please check this with Gran.", " the drinking."));
  }

  @ParameterizedTest
  @MethodSource("wordFiles")
  void everyCommentSitsOnExactlyTheWordsOfItsFindingInRealDocuments(Path in) throws Exception {
    assertThat(annotateAndCompare(in)).isNotEmpty();
  }

  /** Annotates {@code in}, and checks each sofslint comment against its finding from {@code check --format json}. */
  private List<WordComments.Comment> annotateAndCompare(Path in) throws Exception {
    byte[] before = Files.readAllBytes(in);
    FileTime modified = Files.getLastModifiedTime(in);
    Path out = dir.resolve("annotated-" + in.getFileName());
    Cli.Result annotate = Cli.run("annotate", in.toString(), "-o", out.toString());
    assertThat(annotate.err()).isEmpty();
    assertThat(annotate.code()).isZero();
    assertThat(Files.readAllBytes(in)).as("the input is never changed").isEqualTo(before);
    assertThat(Files.getLastModifiedTime(in)).isEqualTo(modified);

    Cli.Result check = Cli.run("check", "--format", "json", "--fail-on", "never", in.toString());
    JsonNode findings = JSON.readTree(check.out()).get("files").get(0).get("findings");
    List<WordComments.Comment> comments = WordComments.of(out);
    List<WordComments.Comment> ours = comments.stream().filter(c -> c.author().equals("sofslint")).toList();
    assertThat(ours).hasSize(findings.size());
    assertThat(annotate.out()).isEqualTo(findings.size() + (findings.size() == 1 ? " comment" : " comments")
        + " written to " + out + "\n");
    for (int i = 0; i < findings.size(); i++) {
      JsonNode finding = findings.get(i);
      WordComments.Comment comment = ours.get(i);
      if (finding.has("textBox")) {
        // Word and LibreOffice keep no comments inside text boxes: it sits where the box is anchored.
        assertThat(comment.anchor()).as("anchor of %s", finding).isEmpty();
        assertThat(comment.text()).startsWith("In text box " + finding.get("textBox").asInt() + ", on '"
            + finding.get("match").asText() + "': " + finding.get("message").asText());
      } else {
        assertThat(normalise(comment.anchor())).as("anchor of %s", finding).isEqualTo(normalise(finding.get("match").asText()));
        assertThat(comment.text()).startsWith(finding.get("message").asText());
      }
      assertThat(comment.text())
          .endsWith("Rule: " + finding.get("rule").asText() + " (sofslint explain " + finding.get("rule").asText() + ")");
      for (JsonNode suggestion : finding.get("suggestions")) {
        assertThat(comment.text()).contains(suggestion.get("text").asText());
      }
    }
    return comments;
  }

  private static String normalise(String text) {
    return text.replaceAll("[\\s\u000B]+", " ").strip();
  }

  @Test
  void aSplitRunKeepsItsFormattingOnBothSides() throws Exception {
    Path in = TRICKY.write(dir.resolve("tricky.docx"));
    Path out = dir.resolve("out.docx");
    assertThat(Cli.run("annotate", in.toString(), "-o", out.toString()).code()).isZero();
    String xml = new String(WordXml.unzip(out).get("word/document.xml"), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(xml).contains("<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">Dad is </w:t></w:r>")
        .contains("<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">controlling</w:t></w:r><w:commentRangeEnd")
        .contains("<w:r><w:rPr><w:i/></w:rPr><w:t xml:space=\"preserve\">denial</w:t></w:r><w:commentRangeEnd");
  }

  @Test
  void theSameDocumentGivesTheSameBytes() throws Exception {
    Path in = TRICKY.write(dir.resolve("tricky.docx"));
    assertThat(Cli.run("annotate", in.toString(), "-o", dir.resolve("one.docx").toString()).code()).isZero();
    Thread.sleep(2100);
    assertThat(Cli.run("annotate", in.toString(), "-o", dir.resolve("two.docx").toString()).code()).isZero();
    assertThat(Files.readAllBytes(dir.resolve("one.docx"))).isEqualTo(Files.readAllBytes(dir.resolve("two.docx")));
  }

  @Test
  void anExistingCopyIsReplacedOnlyWithForceAndTheInputNever() throws IOException {
    Path in = TRICKY.write(dir.resolve("tricky.docx"));
    byte[] original = Files.readAllBytes(in);
    Path out = Files.writeString(dir.resolve("out.docx"), "keep me");
    Cli.Result refused = Cli.run("annotate", in.toString(), "-o", out.toString());
    assertThat(refused.code()).isEqualTo(2);
    assertThat(refused.err()).isEqualTo("sofslint: " + out + " exists; use --force to replace it\n");
    assertThat(Files.readString(out)).isEqualTo("keep me");
    assertThat(Cli.run("annotate", in.toString(), "-o", out.toString(), "--force").code()).isZero();
    assertThat(Files.readString(out, java.nio.charset.StandardCharsets.ISO_8859_1)).startsWith("PK");

    Cli.Result self = Cli.run("annotate", in.toString(), "-o", in.toString(), "--force");
    assertThat(self.code()).isEqualTo(2);
    assertThat(self.err()).contains("is the document being checked; sofslint never writes to its inputs");
    assertThat(Files.readAllBytes(in)).isEqualTo(original);
    assertThat(dir.toFile().list()).allSatisfy(name -> assertThat(name).doesNotStartWith(".sofslint-"));
  }

  @Test
  void onlyWordDocumentsCanBeAnnotatedAndABadOneGetsOneLine() throws IOException {
    Path markdown = Files.writeString(dir.resolve("report.md"), "Mum is in denial.\n");
    Cli.Result notWord = Cli.run("annotate", markdown.toString(), "-o", dir.resolve("x.docx").toString());
    assertThat(notWord.code()).isEqualTo(2);
    assertThat(notWord.err()).isEqualTo("sofslint: " + markdown + ": annotate writes comments into Word documents; give a .docx file\n");
    Path broken = Files.writeString(dir.resolve("broken.docx"), "not a zip");
    Cli.Result bad = Cli.run("annotate", broken.toString(), "-o", dir.resolve("y.docx").toString());
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).isEqualTo("sofslint: " + broken
        + ": not a Word document: a .docx file is a zip archive, and this file is not one\n");
    assertThat(dir.resolve("y.docx")).doesNotExist();
  }

  @Test
  void checkAnnotateWritesACopyOfEveryWordReportUnderTheFolder() throws IOException {
    Path caseload = Files.createDirectories(dir.resolve("caseload/team-a"));
    TRICKY.write(caseload.resolve("one.docx"));
    Files.writeString(caseload.resolve("two.md"), "Mum is in denial.\n");
    Path copies = dir.resolve("copies");
    Cli.Result first = Cli.run("check", "--annotate", copies.toString(), dir.resolve("caseload").toString());
    assertThat(first.code()).isEqualTo(1);
    Path copy = copies.resolve(dir.resolve("caseload/team-a/one.docx").toString().substring(1));
    assertThat(copy).exists();
    try (Stream<Path> written = Files.walk(copies)) {
      assertThat(written.filter(Files::isRegularFile)).containsExactly(copy);
    }
    Cli.Result again = Cli.run("check", "--annotate", copies.toString(), dir.resolve("caseload").toString());
    assertThat(again.code()).isEqualTo(2);
    assertThat(again.err()).isEqualTo("sofslint: " + copies.resolve(copy.toString().substring(copies.toString().length() + 1))
        + " exists; use --force to replace it\n");
    assertThat(again.out()).isEqualTo(first.out());
    assertThat(Cli.run("check", "--annotate", copies.toString(), "--force", dir.resolve("caseload").toString()).code()).isEqualTo(1);
  }

  @Test
  void findingsInAWordDocumentSayWhereAWordUserFindsThem() throws IOException {
    Path in = TRICKY.write(dir.resolve("tricky.docx"));
    Cli.Result text = Cli.run("check", "--disable", "signs-of-safety", in.toString());
    assertThat(text.out()).contains(in + ":¶2:", in + ":table 1 row 2 cell 2:21: warning label.in-denial",
        in + ":text box 1 ¶1:22: warning label.in-denial", "    under heading: Danger statements\n");
    Cli.Result json = Cli.run("check", "--format", "json", "--disable", "signs-of-safety", in.toString());
    assertThat(json.out()).contains("\"table\" : 1,\n          \"row\" : 2,\n          \"cell\" : 2,\n          \"paragraph\" : 1,\n"
        + "          \"heading\" : \"Danger statements\",\n          \"column\" : 21,\n          \"endColumn\" : 30,")
        .contains("\"textBox\" : 1,\n          \"paragraph\" : 1,")
        .doesNotContain("\"line\"");
  }
}
