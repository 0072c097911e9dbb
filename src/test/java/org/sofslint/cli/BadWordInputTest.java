package org.sofslint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sofslint.read.BadWordFiles;

/** Bad Word files in a batch: one line each, exit code 2, the good files still checked, memory bounded. */
class BadWordInputTest {
  @TempDir Path dir;

  @Test
  void eachBadWordFileGetsOneLineAndTheRestOfTheBatchIsChecked() throws IOException {
    Map<String, String> bad = BadWordFiles.fixtures(dir);
    Files.write(dir.resolve("good.docx"), BadWordFiles.goodDocx());
    Files.writeString(dir.resolve("notes.md"), "Dad is controlling.\n");
    Cli.Result result = Cli.run("check", "--disable", "signs-of-safety", dir.toString());
    assertThat(result.code()).isEqualTo(2);
    List<String> lines = List.of(result.out().split("\n"));
    bad.forEach((name, problem) -> assertThat(lines).as(name)
        .filteredOn(line -> line.startsWith(dir.resolve(name) + ": cannot check: " + problem)).hasSize(1));
    assertThat(result.out()).contains(dir.resolve("good.docx") + ":¶1:8: warning label.in-denial",
        dir.resolve("notes.md") + ":1:8: warning label.controlling",
        "2 files checked, " + bad.size() + " could not be read: 2 warnings");
    assertThat(result.err()).isEmpty();
    assertThat(result.out()).doesNotContain("Exception", "\tat ", "    at ");
  }

  /**
   * In a JVM with a 64 MB heap, the zip bomb (200 MB once inflated) and an external entity
   * are refused before anything is inflated or fetched, and the good file is still checked.
   */
  @Test
  void aZipBombIsRefusedWithoutInflatingItInASmallHeap() throws Exception {
    BadWordFiles.fixtures(dir);
    Files.write(dir.resolve("good.docx"), BadWordFiles.goodDocx());
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx64m", "-cp", System.getProperty("java.class.path"),
        "org.sofslint.cli.Main", "check", "--disable", "signs-of-safety", "--jobs", "2",
        dir.resolve("bomb.docx").toString(), dir.resolve("entity.docx").toString(), dir.resolve("good.docx").toString()));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(output).contains("bomb.docx: cannot check: refused: a part of this .docx expands to more than 100 times",
        "entity.docx: cannot check: refused: the document's XML declares a DOCTYPE",
        "good.docx:¶1:8: warning label.in-denial").doesNotContain("OutOfMemoryError");
    assertThat(process.exitValue()).isEqualTo(2);
  }
}
