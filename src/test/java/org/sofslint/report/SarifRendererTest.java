package org.sofslint.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sofslint.Golden;
import org.sofslint.SarifSchema;
import org.sofslint.TestKit;
import org.sofslint.check.FileOutcome;
import org.sofslint.check.Finding;
import org.sofslint.document.Location;
import org.sofslint.document.SectionKind;
import org.sofslint.document.Span;
import org.sofslint.document.WordPlace;
import org.sofslint.rules.Discipline;
import org.sofslint.rules.Rule;
import org.sofslint.rules.RuleInfo;
import org.sofslint.rules.Severity;
import org.sofslint.rules.Suggestion;

class SarifRendererTest extends RendererContractTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Override
  String format() {
    return SarifRenderer.NAME;
  }

  @Override
  String extension() {
    return "sarif";
  }

  /** A valid SARIF 2.1.0 log that survives a parse and re-serialisation unchanged. */
  @Override
  void afterRender(String rendered) {
    assertThat(SarifSchema.problems(rendered)).isEmpty();
    DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    try {
      assertThat(MAPPER.writer(pretty).writeValueAsString(MAPPER.readTree(rendered)) + "\n").isEqualTo(rendered);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** With the packs' metadata, as the command line gives it, each rule is described in full. */
  @Test
  void withRuleMetadata() {
    Map<String, RuleInfo> rules = PACK.rules().stream().map(Rule::info).collect(Collectors.toMap(RuleInfo::id, info -> info));
    String rendered = render(manyFiles(), new ReportContext(id -> Optional.ofNullable(rules.get(id)), false, "1.2.3"));
    Golden.check(Golden.RESOURCES.resolve(Path.of("golden", "sarif", "with-rules.sarif")), rendered);
    afterRender(rendered);
  }

  @Test
  void wordFindingsGiveTheirPlaceAndNoFix() {
    Location inCell = new Location(7, 5, 7, 8, Optional.of(new WordPlace.Cell(1, 2, 3, 1, 1, "Worries")));
    Finding finding = new Finding("acronym.lac", "contract", Discipline.PLAIN_LANGUAGE, Severity.WARNING, SectionKind.OTHER,
        new Span(40, 43), inCell, "'LAC' means looked-after child.", List.of(new Suggestion.Rewrite("children in care")), "LAC");
    String rendered = render(List.of(new FileOutcome.Checked("map.docx", TestKit.markdown("x\n"), List.of(finding), true)),
        ReportContext.PLAIN);
    afterRender(rendered);
    JsonNode result = result(rendered);
    assertThat(result.path("properties").toString())
        .isEqualTo("{\"table\":1,\"row\":2,\"cell\":3,\"paragraph\":1,\"heading\":\"Worries\"}");
    assertThat(result.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(7);
    assertThat(result.at("/message/text").asText())
        .isEqualTo("'LAC' means looked-after child. (table 1 row 2 cell 3, under \"Worries\")");
    assertThat(result.has("fixes")).isFalse();
  }

  @Test
  void aRewriteInATextFileIsAFix() {
    JsonNode result = result(render(List.of(checked("report.md", "Sam is LAC.\n")), ReportContext.PLAIN));
    assertThat(result.at("/fixes/0/artifactChanges/0/replacements/0").toString()).isEqualTo(
        "{\"deletedRegion\":{\"startLine\":1,\"startColumn\":8,\"endLine\":1,\"endColumn\":11},"
            + "\"insertedContent\":{\"text\":\"children in care\"}}");
  }

  /** Viewers match results across edits by fingerprint, so moving a finding must not change it. */
  @Test
  void theFingerprintIgnoresWhereTheMatchIs() {
    JsonNode before = result(render(List.of(checked("report.md", "Dad is controlling.\n")), ReportContext.PLAIN));
    JsonNode after = result(render(List.of(checked("report.md", "A new line.\n\nNow Dad is controlling.\n")), ReportContext.PLAIN));
    assertThat(after.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(3);
    assertThat(after.get("partialFingerprints")).isEqualTo(before.get("partialFingerprints"));
  }

  @Test
  void pathsBecomeUris() {
    String rendered = render(List.of(checked("/home/sam/my reports/zoë.md", "Dad is controlling.\n")), ReportContext.PLAIN);
    afterRender(rendered);
    assertThat(result(rendered).at("/locations/0/physicalLocation/artifactLocation").toString())
        .isEqualTo("{\"uri\":\"file:///home/sam/my%20reports/zo%C3%AB.md\"}");
    assertThat(SarifRenderer.encode("notes: draft #2.md")).isEqualTo("notes%3A%20draft%20%232.md");
  }

  private static JsonNode result(String rendered) {
    try {
      return MAPPER.readTree(rendered).at("/runs/0/results/0");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
