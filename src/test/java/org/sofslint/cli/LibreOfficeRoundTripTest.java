package org.sofslint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The annotated copies opened by another word processor: LibreOffice converts each to flat ODF,
 * and every sofslint comment must be there, on the words of its finding, with its text. Runs
 * where LibreOffice is installed; .ci/run installs it and sets SOFSLINT_REQUIRE_LIBREOFFICE so
 * that there it cannot be skipped.
 */
class LibreOfficeRoundTripTest {
  private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
  private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
  private static final String DC = "http://purl.org/dc/elements/1.1/";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private record Comment(String anchor, String text) {}

  @Test
  void libreOfficeShowsEveryCommentOnTheWordsOfItsFinding() throws Exception {
    Optional<Path> soffice = soffice();
    if (System.getenv("SOFSLINT_REQUIRE_LIBREOFFICE") == null) {
      Assumptions.assumeTrue(soffice.isPresent(), "LibreOffice (soffice) is not installed");
    }
    assertThat(soffice).as("soffice on the PATH").isPresent();

    List<Path> inputs = new ArrayList<>(AnnotateCommandTest.wordFiles().toList());
    inputs.add(AnnotateCommandTest.TRICKY.write(dir.resolve("tricky.docx")));
    Map<Path, List<Comment>> expected = new LinkedHashMap<>();
    List<String> command = new ArrayList<>(List.of(soffice.get().toString(),
        "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless", "--norestore",
        "--convert-to", "fodt", "--outdir", dir.resolve("odf").toString()));
    for (Path input : inputs) {
      Path annotated = dir.resolve("annotated").resolve(input.getFileName());
      Files.createDirectories(annotated.getParent());
      assertThat(Cli.run("annotate", input.toString(), "-o", annotated.toString()).code()).isZero();
      expected.put(annotated, expectedComments(input));
      command.add(annotated.toString());
    }
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();

    for (Map.Entry<Path, List<Comment>> entry : expected.entrySet()) {
      String name = entry.getKey().getFileName().toString().replace(".docx", ".fodt");
      Path odf = dir.resolve("odf").resolve(name);
      assertThat(odf).as(name + " converted; soffice said: " + Files.readString(dir.resolve("soffice.log"))).exists();
      assertThat(sorted(sofslintComments(odf))).as(name).isEqualTo(sorted(entry.getValue()));
    }
  }

  /** What each finding's comment should look like: its anchor and the first line of its text. */
  private static List<Comment> expectedComments(Path input) throws Exception {
    Cli.Result check = Cli.run("check", "--format", "json", "--fail-on", "never", input.toString());
    List<Comment> comments = new ArrayList<>();
    for (JsonNode finding : JSON.readTree(check.out()).get("files").get(0).get("findings")) {
      String message = finding.get("message").asText();
      comments.add(finding.has("textBox")
          ? new Comment("", "In text box " + finding.get("textBox").asInt() + ", on '" + finding.get("match").asText() + "': " + message)
          : new Comment(normalise(finding.get("match").asText()), message));
    }
    return comments;
  }

  /** sofslint's comments as LibreOffice read them: the words between each annotation and its end, and its first paragraph. */
  private static List<Comment> sofslintComments(Path odf) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Element body = (Element) factory.newDocumentBuilder().parse(odf.toFile()).getElementsByTagNameNS(OFFICE, "text").item(0);
    Walk walk = new Walk(deletions(body));
    walk.walk(body);
    Map<String, StringBuilder> open = walk.open;
    Map<String, String[]> annotations = walk.annotations;
    List<Comment> comments = new ArrayList<>();
    annotations.forEach((name, creatorAndText) -> {
      if (creatorAndText[0].equals("sofslint")) {
        StringBuilder anchor = open.get(name);
        comments.add(new Comment(normalise(anchor == null ? "" : anchor.toString()), creatorAndText[1]));
      }
    });
    return comments;
  }

  /** The ids of tracked changes that are deletions: LibreOffice keeps deleted text in place, between change marks. */
  private static java.util.Set<String> deletions(Element body) {
    java.util.Set<String> ids = new java.util.HashSet<>();
    org.w3c.dom.NodeList regions = body.getElementsByTagNameNS(TEXT, "changed-region");
    for (int i = 0; i < regions.getLength(); i++) {
      Element region = (Element) regions.item(i);
      if (region.getElementsByTagNameNS(TEXT, "deletion").getLength() > 0) {
        ids.add(region.getAttributeNS(TEXT, "id"));
      }
    }
    return ids;
  }

  /** One walk over the body in document order. Mutable: it follows open annotations and deletions. */
  private static final class Walk {
    private final java.util.Set<String> deletions;
    private final Map<String, StringBuilder> open = new HashMap<>();
    private final Map<String, String[]> annotations = new LinkedHashMap<>();
    private final java.util.Set<String> closed = new java.util.HashSet<>();
    private String deleting;

    Walk(java.util.Set<String> deletions) {
      this.deletions = deletions;
    }

    void walk(Element element) {
      for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
        if (n.getNodeType() == Node.TEXT_NODE) {
          append(n.getNodeValue());
          continue;
        }
        if (!(n instanceof Element e)) {
          continue;
        }
        String name = e.getLocalName();
        if (OFFICE.equals(e.getNamespaceURI()) && name.equals("annotation")) {
          Element firstParagraph = (Element) e.getElementsByTagNameNS(TEXT, "p").item(0);
          annotations.put(e.getAttributeNS(OFFICE, "name"), new String[] {
              e.getElementsByTagNameNS(DC, "creator").item(0).getTextContent(),
              firstParagraph == null ? "" : firstParagraph.getTextContent()});
          open.put(e.getAttributeNS(OFFICE, "name"), new StringBuilder());
        } else if (OFFICE.equals(e.getNamespaceURI()) && name.equals("annotation-end")) {
          closed.add(e.getAttributeNS(OFFICE, "name"));
        } else if (!TEXT.equals(e.getNamespaceURI())) {
          walk(e);
        } else if (name.equals("tracked-changes")) {
          continue;
        } else if (name.equals("change-start") && deletions.contains(e.getAttributeNS(TEXT, "change-id"))) {
          deleting = e.getAttributeNS(TEXT, "change-id");
        } else if (name.equals("change-end") && e.getAttributeNS(TEXT, "change-id").equals(deleting)) {
          deleting = null;
        } else if (name.equals("s")) {
          String count = e.getAttributeNS(TEXT, "c");
          append(" ".repeat(count.isEmpty() ? 1 : Integer.parseInt(count)));
        } else if (name.equals("tab") || name.equals("line-break")) {
          append(" ");
        } else {
          walk(e);
          if (name.equals("p") || name.equals("h")) {
            append("\n");
          }
        }
      }
    }

    /** Adds text to every annotation range opened and not yet ended, unless it is deleted text. */
    private void append(String text) {
      if (deleting != null) {
        return;
      }
      open.forEach((name, anchor) -> {
        if (!closed.contains(name)) {
          anchor.append(text);
        }
      });
    }
  }

  private static List<Comment> sorted(List<Comment> comments) {
    return comments.stream().sorted((a, b) -> (a.anchor() + "\u0000" + a.text()).compareTo(b.anchor() + "\u0000" + b.text())).toList();
  }

  private static String normalise(String text) {
    return text.replaceAll("[\\s\u000B]+", " ").strip();
  }

  private static Optional<Path> soffice() {
    String path = System.getenv().getOrDefault("PATH", "");
    return Stream.of(path.split(File.pathSeparator)).map(p -> Path.of(p, "soffice")).filter(Files::isExecutable).findFirst();
  }
}
