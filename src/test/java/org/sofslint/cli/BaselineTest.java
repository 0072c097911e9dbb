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
