package org.sofslint.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sofslint.Golden;
import org.sofslint.TestKit;
import org.sofslint.document.Block;
import org.sofslint.document.DocumentBuilder;
import org.sofslint.document.Section;
import org.sofslint.document.SectionKind;
import org.sofslint.document.Span;
import org.sofslint.rules.Builtins;

/**
 * Well-written report sentences that use the packs' words innocently (written by someone who had
 * not seen the packs): no rule may fire on any of them. Rules about a whole report are left out,
 * since one sentence is not a report.
 */
class CleanCorpusTest {
  private static final Path CORPUS = Golden.RESOURCES.resolve("clean");
  private static final Set<String> WHOLE_REPORT = Set.of("structure.missing-part", "danger.no-goal");

  static List<String> sentences() throws IOException {
    List<String> sentences = new ArrayList<>();
    try (Stream<Path> files = Files.list(CORPUS)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        Files.readAllLines(file, StandardCharsets.UTF_8).stream()
            .filter(line -> !line.isBlank() && !line.startsWith("#")).forEach(sentences::add);
      }
    }
    return sentences;
  }

  @Test
  void noRuleFiresOnCleanWriting() throws IOException {
    Linter linter = TestKit.linter(Builtins.packs(), CheckOptions.DEFAULTS);
    List<String> sentences = sentences();
    List<String> flagged = new ArrayList<>();
    for (String sentence : sentences) {
      DocumentBuilder builder = new DocumentBuilder(sentence);
      builder.appendSource(0, sentence.length());
      builder.addBlock(new Block.Paragraph(new Span(0, sentence.length()), new Section(SectionKind.OTHER, "other")));
      linter.check(builder.build()).stream()
          .filter(f -> !WHOLE_REPORT.contains(f.ruleId()))
          .forEach(f -> flagged.add(f.ruleId() + " '" + f.match() + "' in: " + sentence));
    }
    assertThat(sentences).hasSizeGreaterThanOrEqualTo(100);
    assertThat(flagged).as("findings on clean sentences").isEmpty();
  }
}
