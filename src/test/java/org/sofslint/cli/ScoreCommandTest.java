package org.sofslint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sofslint.Golden;

/** {@code sofslint score}: the table, the CSV of scores, and scoring settings from the config. */
class ScoreCommandTest {
  @TempDir Path dir;

  @Test
  void theSamplesScoreTable() {
    Cli.Result result = Cli.run("score", "samples/");
    assertThat(result.code()).isZero();
    assertThat(result.err()).isEmpty();
    Golden.check(Golden.RESOURCES.resolve("golden/score/samples.txt"), result.out());
  }

  @Test
  void oneCsvRowPerReportWithEveryDisciplinesScore() throws IOException {
    Cli.Result result = Cli.run("score", "--format", "csv", "samples/");
    assertThat(result.code()).isZero();
    Golden.check(Golden.RESOURCES.resolve("golden/score/samples.csv"), result.out());
    List<CSVRecord> rows = parse(result.out());
    assertThat(rows.get(0).values()).containsExactly("path", "words", "findings", "harm-danger", "strengths-safety",
        "plain-language", "observable-behaviour", "authority", "work-in-progress", "overall");
    assertThat(rows).hasSize(11);
    assertThat(rows.get(1).get(0)).isEqualTo("samples/README.md");
  }

  @Test
  void theConfigSetsWeightsAndRequiredParts() throws IOException {
    Path report = Files.writeString(dir.resolve("report.md"), """
        # Danger statements

        Dad is controlling. Sam is LAC.
        """);
    Cli.Result defaults = Cli.run("score", "--format", "csv", report.toString());
    Files.writeString(dir.resolve(".sofslint.yml"), """
        required: [danger]
        scoring:
          severity-weights: {warning: 1}
          rule-weights: {acronym.lac: 0}
          half-score-at: 20
        """);
    Cli.Result configured = Cli.run("score", "--format", "csv", report.toString());
    CSVRecord before = parse(defaults.out()).get(1);
    CSVRecord after = parse(configured.out()).get(1);
    assertThat(Double.parseDouble(after.get(5))).isEqualTo(100.0);
    assertThat(Double.parseDouble(before.get(5))).isLessThan(100.0);
    assertThat(Double.parseDouble(after.get(3))).as("no missing parts now that only danger is required")
        .isGreaterThan(Double.parseDouble(before.get(3)));
    Files.writeString(dir.resolve(".sofslint.yml"), "scoring:\n  half-score-at: -1\n  weights: 2\n");
    Cli.Result bad = Cli.run("score", report.toString());
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains(".sofslint.yml:2:18: 'half-score-at' must be a number of at least", ".sofslint.yml:3:3:");
  }

  @Test
  void findingsAsCsvSurviveCommasQuotesAndLineBreaks() throws IOException {
    Path report = Files.writeString(dir.resolve("a, \"quoted\" name.md"), """
        # Harm

        On 3 March, Dad "was" controlling, and Mum is in denial. Sam is LAC.
        """);
    Cli.Result result = Cli.run("check", "--format", "csv", "--fail-on", "never", report.toString());
    assertThat(result.out()).startsWith("\uFEFFpath,line,column,rule,pack,discipline,severity,section,message,match,suggestion\r\n");
    List<CSVRecord> rows = parse(result.out());
    assertThat(rows).extracting(r -> r.get(0)).containsOnly("path", report.toString());
    CSVRecord controlling = rows.stream().filter(r -> r.get(3).equals("label.controlling")).findFirst().orElseThrow();
    assertThat(controlling.values()).startsWith(report.toString(), "3", "23", "label.controlling", "judgement-labels",
        "observable-behaviour", "warning", "past-harm");
    assertThat(controlling.get(9)).isEqualTo("controlling");
    assertThat(rows.stream().anyMatch(r -> r.get(10).contains("\n"))).as("several suggestions in one cell").isTrue();
  }

  static List<CSVRecord> parse(String csv) throws IOException {
    assertThat(csv).startsWith("\uFEFF");
    return CSVFormat.RFC4180.parse(new StringReader(csv.substring(1))).getRecords();
  }
}
