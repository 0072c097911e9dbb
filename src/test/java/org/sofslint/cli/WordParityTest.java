package org.sofslint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A Markdown sample and the Word document LibreOffice made from it give the same findings, in
 * the same sections: headings, lists and mapping tables are read from Word as from Markdown.
 */
class WordParityTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {"good-assessment", "mapping-table", "qld-style-conference", "row-labelled-map",
      "early-help-wellbeing", "poor-mash-report"})
  void theWordCopyOfASampleGivesTheSameFindingsAsItsMarkdown(String sample) throws Exception {
    List<String> markdown = findings("samples/" + sample + ".md");
    List<String> word = findings("src/test/resources/docx/libreoffice/" + sample + ".docx");
    assertThat(markdown).isNotEmpty();
    // The HTML step of the conversion joins the lines of a report's header block ("Ref: …",
    // "Present: …"), which Markdown soft-wraps, into one Word paragraph, so sentence lengths in
    // that block (outside every section) differ; nothing else may.
    String headerBlockLength = "readability.sentence-length | other | ";
    markdown.removeIf(f -> f.startsWith(headerBlockLength));
    word.removeIf(f -> f.startsWith(headerBlockLength));
    assertThat(word).isEqualTo(markdown);
  }

  private static List<String> findings(String path) throws Exception {
    Cli.Result result = Cli.run("check", "--format", "json", "--fail-on", "never", path);
    assertThat(result.err()).isEmpty();
    List<String> findings = new ArrayList<>();
    for (JsonNode f : JSON.readTree(result.out()).get("files").get(0).get("findings")) {
      findings.add(f.get("rule").asText() + " | " + f.get("section").asText() + " | " + f.get("match").asText());
    }
    return findings;
  }
}
