package org.sofslint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad inputs: one clear line each, exit code 2, every good file still checked, nothing written. */
class BadInputTest {
  @TempDir Path dir;

  private Map<String, String> fingerprints() throws Exception {
    Map<String, String> prints = new TreeMap<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        prints.put(file.toString(), HexFormat.of().formatHex(sha.digest(Files.readAllBytes(file)))
            + "@" + Files.getLastModifiedTime(file).toMillis());
      }
    }
    return prints;
  }

  @Test
  void aFolderOfAThousandFilesWithSomeBadOnes() throws Exception {
    Path batch = Files.createDirectories(dir.resolve("batch"));
    for (int i = 0; i < 994; i++) {
      Files.writeString(batch.resolve(String.format("r%04d.md", i)), "Report " + i + ": Mum walks Sam to school.\n");
    }
    Files.write(batch.resolve("binary.md"), new byte[] {'a', 0, 1, 2, 'b'});
    Files.write(batch.resolve("latin1.txt"), "Zo\u00eb\n".getBytes(StandardCharsets.ISO_8859_1));
    Files.write(batch.resolve("empty.md"), new byte[0]);
    Files.writeString(batch.resolve("blank.txt"), "\n \n");
    try (RandomAccessFile huge = new RandomAccessFile(batch.resolve("huge.md").toFile(), "rw")) {
      huge.setLength(20L * 1024 * 1024);
    }
    Files.createSymbolicLink(batch.resolve("dangling.md"), batch.resolve("nowhere.md"));
    Map<String, String> before = fingerprints();

    Cli.Result text = Cli.run("check", "--disable", "signs-of-safety", "--jobs", "2", batch.toString(),
        dir.resolve("missing.md").toString());
    assertThat(text.code()).isEqualTo(2);
    String b = batch.toString();
    assertThat(text.out().lines().filter(l -> l.contains(": cannot check: ")).toList()).containsExactly(
        b + "/binary.md: cannot check: this looks like a binary file, not a text or Markdown report",
        b + "/blank.txt: cannot check: the file holds only blank space; there is nothing to check",
        b + "/dangling.md: cannot check: a link to a file that does not exist",
        b + "/empty.md: cannot check: the file is empty; there is nothing to check",
        b + "/huge.md: cannot check: the file is 20.0 MB, over the 5 MB limit for one report",
        b + "/latin1.txt: cannot check: not valid UTF-8: byte 0xEB on line 1 cannot be read (save the file as UTF-8)",
        dir.resolve("missing.md") + ": cannot check: no such file or folder");
    assertThat(text.out()).endsWith("994 files checked, 7 could not be read: no findings\n");
    assertThat(text.err()).isEmpty();

    Cli.Result json = Cli.run("check", "--format", "json", batch.toString(), dir.resolve("missing.md").toString());
    assertThat(json.code()).isEqualTo(2);
    JsonNode report = new ObjectMapper().readTree(json.out());
    assertThat(report.get("files")).hasSize(994);
    assertThat(report.get("errors")).hasSize(7);
    assertThat(report.get("errors").get(0).get("path").asText()).isEqualTo(b + "/binary.md");
    assertThat(json.err().lines()).hasSize(7).allMatch(l -> l.startsWith("sofslint: "));

    assertThat(fingerprints()).isEqualTo(before);
  }

  @Test
  void aFileThatCannotBeOpenedIsNamed() throws IOException {
    assumeFalse("root".equals(System.getProperty("user.name")), "root can read any file");
    Path locked = Files.writeString(dir.resolve("locked.md"), "Dad is controlling.\n");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    Cli.Result result = Cli.run("check", locked.toString());
    assertThat(result.code()).isEqualTo(2);
    assertThat(result.out()).contains(locked + ": cannot check: cannot be read: permission denied");
  }

  @Test
  void anEmptyFolderIsAUsageError() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("nothing"));
    Cli.Result result = Cli.run("check", empty.toString());
    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err()).isEqualTo("sofslint: no .md, .markdown, .txt or .docx files found in " + empty + "\n");
    assertThat(List.of(result.out())).containsExactly("");
  }
}
