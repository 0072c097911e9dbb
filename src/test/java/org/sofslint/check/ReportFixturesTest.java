package org.sofslint.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sofslint.Golden;
import org.sofslint.TestKit;
import org.sofslint.rules.Builtins;
import org.sofslint.rules.RulePack;

/**
 * Realistic reports with the expected findings written as {@code {rule.id}} markers at the end
 * of the line they belong to; findings about the whole report belong on line 1. The first line
 * says which packs to load: {@code <!-- packs: signs-of-safety -->}.
 */
class ReportFixturesTest {
  private static final Path ROOT = Golden.RESOURCES.resolve("reports");
  private static final Pattern MARKERS = Pattern.compile("(\\s*\\{[a-z0-9.-]+})+\\s*$");
  private static final Pattern PACKS = Pattern.compile("<!--\\s*packs:\\s*([a-z0-9, -]+?)\\s*-->");

  static Stream<String> fixtures() throws IOException {
    try (Stream<Path> files = Files.walk(ROOT)) {
      return files.filter(p -> p.toString().endsWith(".md")).map(p -> ROOT.relativize(p).toString()).sorted()
          .toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void findingsAreExactlyTheMarkedOnes(String fixture) throws IOException {
    List<String> lines = Files.readAllLines(ROOT.resolve(fixture), StandardCharsets.UTF_8);
    List<String> expected = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      Matcher markers = MARKERS.matcher(line);
      if (markers.find()) {
        for (String id : markers.group().trim().split("\\s+")) {
          expected.add((i + 1) + " " + id.substring(1, id.length() - 1));
        }
        line = line.substring(0, markers.start());
      }
      text.append(line).append('\n');
    }
    Matcher packs = PACKS.matcher(lines.get(0));
    assertThat(packs.find()).as("%s starts with <!-- packs: … -->", fixture).isTrue();
    List<String> names = Arrays.stream(packs.group(1).split("[,\\s]+")).toList();
    List<RulePack> loaded = Builtins.packs().stream().filter(p -> names.contains(p.id())).toList();
    assertThat(loaded).hasSameSizeAs(names);
    List<String> actual = TestKit.linter(loaded, CheckOptions.DEFAULTS).check(TestKit.markdown(text.toString()))
        .stream().map(f -> f.location().line() + " " + f.ruleId()).sorted().toList();
    assertThat(actual).as(fixture).containsExactlyInAnyOrderElementsOf(expected);
  }
}
