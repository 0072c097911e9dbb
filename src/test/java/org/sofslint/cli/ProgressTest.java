package org.sofslint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The progress line: what it says, and that it shows only on a terminal and never with --quiet. */
class ProgressTest {
  @TempDir Path dir;

  @Test
  void theLineSaysFilesDoneRateAndTimeLeft() {
    assertThat(Progress.line(120, 1000, 5.0)).isEqualTo("sofslint: 120/1000 files, 24.0 files/s, about 37 s left");
    assertThat(Progress.line(10, 1000, 1.0)).isEqualTo("sofslint: 10/1000 files, 10.0 files/s, about 1 min 39 s left");
    assertThat(Progress.line(1000, 1000, 40.0)).isEqualTo("sofslint: 1000/1000 files, 25.0 files/s");
  }

  @Test
  void itRedrawsAtMostFiveTimesASecondAndClearsItselfAtTheEnd() {
    StringWriter err = new StringWriter();
    long[] now = {0};
    Progress progress = new Progress(new PrintWriter(err), 3, () -> now[0]);
    now[0] = 100_000_000L;
    progress.fileDone();
    assertThat(err.toString()).isEmpty();
    now[0] = 250_000_000L;
    progress.fileDone();
    now[0] = 260_000_000L;
    progress.fileDone();
    progress.clear();
    assertThat(err.toString()).isEqualTo("\r\u001b[Ksofslint: 2/3 files, 8.0 files/s, about 1 s left"
        + "\r\u001b[Ksofslint: 3/3 files, 11.5 files/s\r\u001b[K");
  }

  @Test
  void onlyOnATerminalAndNotWithQuiet() throws IOException {
    for (int i = 0; i < 6; i++) {
      Files.writeString(dir.resolve("r" + i + ".md"), "Dad is controlling.\n");
    }
    Environment terminal = new Environment(new ByteArrayInputStream(new byte[0]), Map.of(), Path.of("none.yml"), false, true);
    assertThat(Cli.run(terminal, "check", "--jobs", "2", dir.toString()).err()).contains("sofslint: 6/6 files").endsWith("\r\u001b[K");
    assertThat(Cli.run(terminal, "check", "--quiet", dir.toString()).err()).isEmpty();
    assertThat(Cli.run("check", dir.toString()).err()).as("standard error not a terminal").isEmpty();
  }
}
