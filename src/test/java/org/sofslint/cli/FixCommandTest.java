package org.sofslint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FixCommandTest {
  @TempDir Path dir;

  private static final String REPORT = "# Sam\r\n\r\nLAC review on Monday. Sam is **LAC** and Mum is controlling.\r\nThe LAC nurse came.\r\n";

  @Test
  void writesACopyWithOnlyTheSafeRewritesAndLeavesTheInputAlone() throws IOException {
    Path input = Files.writeString(dir.resolve("report.md"), REPORT);
    Path output = dir.resolve("fixed.md");
    Cli.Result result = Cli.run("fix", input.toString(), "-o", output.toString());
    assertThat(result.code()).isZero();
    assertThat(Files.readString(input)).isEqualTo(REPORT);
    assertThat(Files.readString(output)).isEqualTo(
        "# Sam\r\n\r\nChildren in care review on Monday. Sam is **children in care** and Mum is controlling.\r\n"
            + "The children in care nurse came.\r\n");
    assertThat(result.out()).contains(input + ":3:1: 'LAC' → 'Children in care' (acronym.lac)", "3 rewrites written to");
  }

  @Test
  void aDryRunPrintsAUnifiedDiffAndWritesNothing() throws IOException {
    Path input = Files.writeString(dir.resolve("report.txt"), "Sam is LAC.\nMum came.\n");
    Cli.Result result = Cli.run("fix", "--dry-run", input.toString());
    assertThat(result.code()).isZero();
    assertThat(result.out()).contains("--- " + input, "+++ " + input + " (fixed)", "-Sam is LAC.", "+Sam is children in care.")
        .doesNotContain("-Mum came.");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(input);
    }
  }

  @Test
  void keepsAByteOrderMarkAndRefusesToOverwriteUnlessForced() throws IOException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    Path input = dir.resolve("bom.md");
    Files.write(input, concat(bom, "Sam is LAC.\n".getBytes(StandardCharsets.UTF_8)));
    Path output = Files.writeString(dir.resolve("out.md"), "keep me");
    assertThat(Cli.run("fix", input.toString(), "-o", output.toString()).code()).isEqualTo(2);
    assertThat(Files.readString(output)).isEqualTo("keep me");
    assertThat(Cli.run("fix", input.toString(), "-o", output.toString(), "--force").code()).isZero();
    assertThat(Files.readAllBytes(output)).isEqualTo(concat(bom, "Sam is children in care.\n".getBytes(StandardCharsets.UTF_8)));
    assertThat(Cli.run("fix", input.toString(), "-o", input.toString(), "--force").code()).isEqualTo(2);
  }

  @Test
  void anOutputInAFolderThatDoesNotExistIsAUsageErrorInOneLine() throws IOException {
    // It once ended as an internal error naming the temporary file.
    Path input = Files.writeString(dir.resolve("lac.md"), "Sam is LAC.\n");
    Path output = dir.resolve("gone/out.md");
    Cli.Result result = Cli.run("fix", input.toString(), "-o", output.toString());
    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err().strip()).isEqualTo(
        "sofslint: cannot write " + output + ": there is no folder " + output.getParent().toAbsolutePath());
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] joined = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, joined, a.length, b.length);
    return joined;
  }
}
