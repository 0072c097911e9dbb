package org.sofslint.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SpillFileTest {
  private static final Path TEMPORARY = Path.of(System.getProperty("java.io.tmpdir"));

  @Test
  void whatIsWrittenComesOutWholeAndInOrderAndTheFileIsGone() throws IOException {
    Set<Path> before = spills();
    SpillFile spill = new SpillFile();
    spill.writer().print("<section>Dad is “controlling”.</section>\n");
    spill.writer().print("<section>Sam is LAC.</section>\n");
    List<Path> made = spills().stream().filter(p -> !before.contains(p)).toList();
    assertThat(made).hasSize(1);
    if (Files.getFileStore(made.get(0)).supportsFileAttributeView("posix")) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(made.get(0))))
          .as("it holds report text: its owner's alone").isEqualTo("rw-------");
    }
    StringWriter out = new StringWriter();
    spill.copyTo(new PrintWriter(out, true));
    assertThat(out.toString()).isEqualTo("<section>Dad is “controlling”.</section>\n<section>Sam is LAC.</section>\n");
    assertThat(made.get(0)).doesNotExist();
  }

  @Test
  void nothingWrittenMakesNoFile() throws IOException {
    Set<Path> before = spills();
    StringWriter out = new StringWriter();
    new SpillFile().copyTo(new PrintWriter(out));
    assertThat(out.toString()).isEmpty();
    assertThat(spills()).isSubsetOf(before);
  }

  @Test
  void aWriteThatFailedIsAnErrorNamingTheFileNotAPageWithAPartLost() throws IOException {
    Set<Path> before = spills();
    SpillFile spill = new SpillFile();
    PrintWriter writer = spill.writer();
    Path made = spills().stream().filter(p -> !before.contains(p)).findFirst().orElseThrow();
    // A PrintWriter keeps a failed write to itself; writing after it is closed is one.
    writer.close();
    writer.print("lost");
    assertThatThrownBy(() -> spill.copyTo(new PrintWriter(new StringWriter())))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessage("cannot use the report's temporary file " + made + ": it could not all be written");
    assertThat(made).as("report text is not left behind").doesNotExist();
  }

  private static Set<Path> spills() throws IOException {
    assumeTrue(Files.isDirectory(TEMPORARY));
    try (Stream<Path> files = Files.list(TEMPORARY)) {
      return new HashSet<>(files.filter(p -> p.getFileName().toString().matches("sofslint-.*\\.part")).toList());
    }
  }
}
