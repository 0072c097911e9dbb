package org.sofslint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Packages import only from lower layers (design/architecture.md), and only cli prints or exits. */
class ArchitectureTest {
  private static final Path MAIN = Path.of("src/main/java/org/sofslint");
  private static final Map<String, Integer> LAYERS = Map.of(
      "document", 0, "nlp", 1, "rules", 1, "sofs", 2, "read", 2, "check", 3, "score", 4,
      "report", 5, "config", 5, "cli", 6);
  private static final Pattern IMPORT = Pattern.compile("^import (?:static )?org\\.sofslint\\.(\\w+)\\.", Pattern.MULTILINE);

  private static List<Path> sources() throws IOException {
    try (Stream<Path> files = Files.walk(MAIN)) {
      return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
  }

  private static String packageOf(Path file) {
    return MAIN.relativize(file).getName(0).toString();
  }

  @Test
  void everyPackageHasALayer() throws IOException {
    assertThat(sources()).extracting(ArchitectureTest::packageOf).allSatisfy(p -> assertThat(LAYERS).containsKey(p));
  }

  @Test
  void importsPointDownTheLayers() throws IOException {
    List<String> wrong = new ArrayList<>();
    for (Path file : sources()) {
      String from = packageOf(file);
      Matcher m = IMPORT.matcher(Files.readString(file));
      while (m.find()) {
        String to = m.group(1);
        if (!to.equals(from) && LAYERS.get(to) >= LAYERS.get(from)) {
          wrong.add(MAIN.relativize(file) + " imports org.sofslint." + to);
        }
      }
    }
    assertThat(wrong).as("imports against the layering").isEmpty();
  }

  @Test
  void onlyTheCommandLinePrintsOrExits() throws IOException {
    List<String> wrong = new ArrayList<>();
    for (Path file : sources()) {
      if (!packageOf(file).equals("cli")
          && Files.readString(file).matches("(?s).*System\\.(out|err|exit)\\b.*")) {
        wrong.add(MAIN.relativize(file).toString());
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void everyPackageSaysWhatItIsFor() throws IOException {
    try (Stream<Path> packages = Files.list(MAIN)) {
      assertThat(packages.filter(Files::isDirectory).toList())
          .allSatisfy(p -> assertThat(p.resolve("package-info.java")).exists());
    }
  }
}
