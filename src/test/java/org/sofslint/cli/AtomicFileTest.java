package org.sofslint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
  @TempDir Path dir;

  @Test
  void textIsPutInPlaceWholeAndWhatTheContentReturnsIsHandedBack() throws IOException {
    Path target = dir.resolve("report.json");
    Integer handedBack = AtomicFile.writeText(target, out -> {
      out.print("{\"version\": 1}\n");
      return 42;
    });
    assertThat(handedBack).isEqualTo(42);
    assertThat(Files.readString(target)).isEqualTo("{\"version\": 1}\n");
    assertThat(Files.list(dir)).containsExactly(target);
  }

  @Test
  void textThatCouldNotAllBeWrittenIsNeverPutInPlace() throws IOException {
    // A PrintWriter keeps a failed write (a full disk) to itself; closing it under the writer is the same.
    Path target = Files.writeString(dir.resolve("report.json"), "the last good report");
    assertThatThrownBy(() -> AtomicFile.writeText(target, out -> {
      out.close();
      out.print("lost");
      return null;
    })).isInstanceOf(AtomicFile.WriteException.class)
        .hasMessage("cannot write " + target + ": the text could not all be written");
    assertThat(Files.readString(target)).isEqualTo("the last good report");
    assertThat(Files.list(dir)).containsExactly(target);
  }

  @Test
  void aFailureWhileWritingNamesTheFileAskedForAndLeavesNoTemporaryFile() throws IOException {
    Path target = dir.resolve("baseline.json");
    assertThatThrownBy(() -> AtomicFile.write(target, out -> {
      out.write('{');
      throw new IOException("No space left on device");
    })).isInstanceOf(AtomicFile.WriteException.class)
        .hasMessage("cannot write " + target + ": No space left on device");
    assertThat(Files.list(dir)).isEmpty();
  }

  @Test
  void aNewFileGetsThePermissionsAnyNewFileGetsHereNotATemporaryFilesOwnerOnlyMode() throws IOException {
    assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "a file system with POSIX permissions");
    Path madeDirectly = Files.createFile(dir.resolve("made-directly.html"));
    Path target = dir.resolve("report.html");
    AtomicFile.write(target, "<html></html>".getBytes(StandardCharsets.UTF_8));
    assertThat(Files.getPosixFilePermissions(target)).isEqualTo(Files.getPosixFilePermissions(madeDirectly));
  }

  @Test
  void aReplacedFileKeepsItsPermissions() throws IOException {
    assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "a file system with POSIX permissions");
    // Shared with the team's group, as a QA folder's files may be: neither a new file's mode nor owner-only.
    Path target = Files.writeString(dir.resolve("baseline.json"), "{}");
    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-rw----"));
    AtomicFile.write(target, "{\"version\": 1}".getBytes(StandardCharsets.UTF_8));
    assertThat(Files.readString(target)).isEqualTo("{\"version\": 1}");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-rw----");
  }
}
