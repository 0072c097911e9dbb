package org.sofslint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --write-baseline} then {@code --baseline}: only new findings, whatever moved above them. */
class BaselineTest {
  @TempDir Path dir;

  @Test
  void editsAboveAFindingDoNotBringItBackButANewOneIsReported() throws IOException {
    Path report = Files.writeString(dir.resolve("report.md"), """
        # Worries

        Dad is controlling. Mum is in denial.
        """);
    Path baseline = dir.resolve("baseline.json");
    Cli.Result first = Cli.run("check", "--disable", "signs-of-safety", "--write-baseline", baseline.toString(), report.toString());
    assertThat(first.code()).isEqualTo(1);
    assertThat(Files.readString(baseline)).contains("\"rule\" : \"label.controlling\"", "\"match\" : \"controlling\"", "\"count\" : 1");

    Files.writeString(report, """
        # Worries

        A new paragraph written above the old findings.

        Dad is controlling. Mum is in denial.
        """);
    Cli.Result moved = Cli.run("check", "--disable", "signs-of-safety", "--baseline", baseline.toString(), report.toString());
    assertThat(moved.code()).isZero();
    assertThat(moved.out()).isEqualTo("1 file checked: no findings\n");

    Files.writeString(report, """
        # Worries

        A new paragraph written above the old findings.

        Dad is controlling. Mum is in denial. Gran is controlling too.
        """);
    Cli.Result added = Cli.run("check", "--disable", "signs-of-safety", "--baseline", baseline.toString(), report.toString());
    assertThat(added.code()).isEqualTo(1);
    assertThat(added.out()).contains(report + ":5:47: warning label.controlling").endsWith("1 file checked: 1 warning\n");
  }

  /**
   * A batch's baseline is large but repetitive: 250,000 keys over 500 reports, 50 rules and ten
   * matches fit in a 64 MB heap beside the models, as each string is kept once (held as parsed,
   * with a copy of the keys, they did not; a 10,000-report batch with its baseline ran 3.5 times
   * as slow in the launcher's 384 MB).
   */
  @Test
  void aLargeBaselineIsHeldInLittleMemory() throws Exception {
    Path baseline = dir.resolve("baseline.json");
    try (java.io.Writer out = Files.newBufferedWriter(baseline)) {
      out.write("{\"version\": 1, \"findings\": [\n");
      for (int report = 0; report < 500; report++) {
        for (int rule = 0; rule < 50; rule++) {
          for (int match = 0; match < 10; match++) {
            out.write((report + rule + match == 0 ? "" : ",\n") + "{\"path\": \"caseload/team-" + report % 7 + "/report-"
                + report + ".md\", \"rule\": \"label.rule-" + rule + "\", \"match\": \"matched words " + match
                + "\", \"count\": 1}");
          }
        }
      }
      out.write("\n]}\n");
    }
    Path report = Files.writeString(dir.resolve("report.md"), "Dad is controlling.\n");
    Path jvm = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process = new ProcessBuilder(jvm.toString(), "-Xmx64m", "-cp", System.getProperty("java.class.path"),
        "org.sofslint.cli.Main", "check", "--quiet", "--disable", "signs-of-safety", "--baseline", baseline.toString(),
        report.toString()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
    assertThat(output).contains(report + ":1:8: warning label.controlling").doesNotContain("OutOfMemoryError");
    assertThat(process.exitValue()).isEqualTo(1);
  }

  @Test
  void aBaselineThatCannotBeReadIsAUsageError() throws IOException {
    Path report = Files.writeString(dir.resolve("report.md"), "Dad is controlling.\n");
    Path notBaseline = Files.writeString(dir.resolve("baseline.json"), "[1, 2");
    Cli.Result result = Cli.run("check", "--baseline", notBaseline.toString(), report.toString());
    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err()).startsWith("sofslint: " + notBaseline + ": cannot read the baseline: not a sofslint baseline");
    assertThat(Cli.run("check", "--baseline", dir.resolve("missing.json").toString(), report.toString()).code()).isEqualTo(2);
  }

  @Test
  void aBaselineThatCannotBeWrittenIsAUsageErrorNamingIt() throws IOException {
    // It once said "cannot write null", naming the --output it was not given.
    Path report = Files.writeString(dir.resolve("report.md"), "Dad is controlling.\n");
    Cli.Result result = Cli.run("check", "--write-baseline", dir.toString(), report.toString());
    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err()).contains("sofslint: cannot write " + dir + ": it is a folder");
  }
}
