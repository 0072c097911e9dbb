package org.sofslint.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {
  @TempDir Path dir;

  private String name(String relative) {
    return dir.resolve(relative).toString().replace('\\', '/');
  }

  @Test
  void foldersAreSearchedForReportsInPathOrderSkippingHiddenAndOtherFiles() throws IOException {
    Files.createDirectories(dir.resolve("b/.git"));
    Files.createDirectories(dir.resolve("a"));
    Files.writeString(dir.resolve("b/z.md"), "x");
    Files.writeString(dir.resolve("b/y.TXT"), "x");
    Files.writeString(dir.resolve("b/.git/hidden.md"), "x");
    Files.writeString(dir.resolve("b/.draft.md"), "x");
    Files.writeString(dir.resolve("a/report.markdown"), "x");
    Files.writeString(dir.resolve("a/notes.pdf"), "x");
    List<Input> inputs = InputFiles.expand(List.of(dir.toString(), name("a/report.markdown")));
    assertThat(inputs).extracting(Input::path).containsExactly(
        name("a/report.markdown"), name("b/y.TXT"), name("b/z.md"));
    assertThat(inputs).extracting(i -> ((Input.File) i).format()).containsExactly("markdown", "text", "markdown");
  }

  @Test
  void missingNamesAndUnsupportedFilesNamedDirectlyAreProblems() throws IOException {
    Files.writeString(dir.resolve("scan.pdf"), "x");
    List<Input> inputs = InputFiles.expand(List.of(name("gone.md"), name("scan.pdf")));
    assertThat(inputs).extracting(Input::path, i -> ((Input.Problem) i).problem()).containsExactly(
        tuple(name("gone.md"), "no such file or folder"),
        tuple(name("scan.pdf"), "sofslint reads .md, .markdown, .txt and .docx files; this is not one of them"));
  }

  @Test
  void aNameNoFileCanHaveIsAProblemOfThatInputAlone() throws IOException {
    // NUL on Linux; on Windows also <>:"|?*. Path.of threw, and the whole run ended as an internal error.
    Files.writeString(dir.resolve("plan.md"), "Dad is kind.");
    List<Input> inputs = InputFiles.expand(List.of("bad\0name.md", name("plan.md")));
    assertThat(inputs).hasSize(2);
    assertThat(inputs).filteredOn(i -> i instanceof Input.Problem)
        .extracting(i -> ((Input.Problem) i).problem()).containsExactly("not a name a file can have here: Nul character not allowed");
    assertThat(inputs).filteredOn(i -> i instanceof Input.File).extracting(Input::path).containsExactly(name("plan.md"));
  }

  @Test
  void aFileOverTheSizeLimitIsRefusedWithoutReadingIt() throws IOException {
    Path huge = dir.resolve("huge.md");
    try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
      file.setLength(20L * 1024 * 1024);
    }
    Input.File input = (Input.File) InputFiles.expand(List.of(huge.toString())).get(0);
    assertThatThrownBy(() -> InputFiles.read(input))
        .hasMessage("the file is 20.0 MB, over the 5 MB limit for one report");
  }

  @Test
  void readingNeverChangesTheFile() throws Exception {
    Path report = dir.resolve("r.md");
    Files.writeString(report, "Dad is controlling.\r\n");
    long modified = Files.getLastModifiedTime(report).toMillis();
    byte[] before = Files.readAllBytes(report);
    String text = InputFiles.read((Input.File) InputFiles.expand(List.of(report.toString())).get(0));
    assertThat(text).isEqualTo("Dad is controlling.\r\n");
    assertThat(Files.readAllBytes(report)).isEqualTo(before);
    assertThat(Files.getLastModifiedTime(report).toMillis()).isEqualTo(modified);
  }
}
