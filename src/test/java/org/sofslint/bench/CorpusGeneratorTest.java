package org.sofslint.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sofslint.TestKit;
import org.sofslint.bench.CorpusGenerator.Length;
import org.sofslint.bench.CorpusGenerator.Style;
import org.sofslint.check.CheckOptions;
import org.sofslint.check.Finding;
import org.sofslint.check.Linter;
import org.sofslint.document.Block;
import org.sofslint.document.Document;
import org.sofslint.document.SectionKind;
import org.sofslint.rules.Builtins;

/** The benchmark corpus is reproducible, of the lengths asked for, varied, and read by sofslint as intended. */
class CorpusGeneratorTest {
  private static final Linter LINTER = TestKit.linter(Builtins.packs(), CheckOptions.DEFAULTS);

  @Test
  void sameSeedSameBytesOtherSeedOtherBytes(@TempDir Path dir) throws IOException {
    CorpusGenerator.write(dir.resolve("a"), 6, "1500-4000", 7);
    CorpusGenerator.write(dir.resolve("b"), 6, "1500-4000", 7);
    CorpusGenerator.write(dir.resolve("c"), 6, "1500-4000", 8);
    List<Path> a = files(dir.resolve("a"));
    assertThat(a).hasSize(6);
    for (Path file : a) {
      byte[] bytes = Files.readAllBytes(file);
      assertThat(Files.readAllBytes(dir.resolve("b").resolve(file.getFileName()))).isEqualTo(bytes);
      assertThat(Files.readAllBytes(dir.resolve("c").resolve(file.getFileName()))).isNotEqualTo(bytes);
    }
  }

  @Test
  void namesFilesByIndexAndStyle(@TempDir Path dir) throws IOException {
    CorpusGenerator.write(dir, 7, "1500-4000", 1);
    assertThat(files(dir)).extracting(p -> p.getFileName().toString()).containsExactly(
        "report-00000.md", "report-00001.md", "report-00002.md", "report-00003.txt", "report-00004.md",
        "report-00005.md", "report-00006.md");
    assertThat(Files.readString(dir.resolve("report-00003.txt"))).contains("\r\n").doesNotContain("\n\n");
  }

  @Test
  void rangeLengthsLieInTheRangeAndSpreadAcrossIt(@TempDir Path dir) throws IOException {
    long total = CorpusGenerator.write(dir, 30, "1500-4000", 3);
    List<Integer> lengths = new ArrayList<>();
    for (Path file : files(dir)) {
      lengths.add(CorpusGenerator.words(Files.readString(file, StandardCharsets.UTF_8)));
    }
    assertThat(lengths).allSatisfy(n -> assertThat(n).isBetween(1500, 4000));
    assertThat(lengths).anySatisfy(n -> assertThat(n).isLessThan(2000));
    assertThat(lengths).anySatisfy(n -> assertThat(n).isGreaterThan(3500));
    assertThat(lengths.stream().mapToLong(Integer::longValue).sum()).isEqualTo(total);
  }

  @ParameterizedTest
  @EnumSource(Style.class)
  void singleLengthIsMetWithinFivePercent(Style style) {
    for (int n : new int[] {2500, 10000}) {
      String report = CorpusGenerator.report(style, new Length(n, n * 95 / 100, n * 105 / 100), new Random(n));
      assertThat(CorpusGenerator.words(report)).as(style + " at " + n).isBetween(n * 95 / 100, n * 105 / 100);
    }
  }

  @Test
  void longReportsGrowEveryPartNotOne() {
    String report = CorpusGenerator.report(Style.ASSESSMENT, new Length(40000, 38000, 42000), new Random(5));
    Document document = TestKit.markdown(report);
    for (SectionKind kind : List.of(SectionKind.PAST_HARM, SectionKind.DANGER, SectionKind.STRENGTHS,
        SectionKind.EXISTING_SAFETY, SectionKind.SAFETY_GOALS, SectionKind.NEXT_STEPS)) {
      long blocks = document.blocks().stream().filter(b -> !(b instanceof Block.Heading))
          .filter(b -> b.section().kind() == kind).count();
      assertThat(blocks).as(kind.id()).isGreaterThan(30);
    }
  }

  @Test
  void everyStyleOccursInTenReports(@TempDir Path dir) throws IOException {
    CorpusGenerator.write(dir, 10, "1500-4000", 11);
    Set<Style> styles = EnumSet.noneOf(Style.class);
    for (int i = 0; i < 10; i++) {
      styles.add(CorpusGenerator.style(i));
    }
    assertThat(styles).containsExactlyInAnyOrder(Style.values());
    assertThat(files(dir).stream().map(p -> p.getFileName().toString().replaceAll(".*\\.", "")).distinct())
        .containsExactlyInAnyOrder("md", "txt");
  }

  @Test
  void corpusIsVaried(@TempDir Path dir) throws IOException {
    CorpusGenerator.write(dir, 50, "1500-4000", 42);
    Set<String> sentences = new HashSet<>();
    long total = 0;
    for (Path file : files(dir)) {
      for (String sentence : Files.readString(file, StandardCharsets.UTF_8).split("(?<=[.?!])\\s+|\\R")) {
        if (sentence.split("\\s+").length >= 4) {
          sentences.add(sentence.strip());
          total++;
        }
      }
    }
    assertThat(sentences).hasSizeGreaterThan(1000);
    assertThat((double) sentences.size() / total).as("share of distinct sentences").isGreaterThan(0.5);
  }

  /**
   * sofslint reads each style into the Signs of Safety parts (a column heading such as "What's
   * working well" standing for its default part) and finds both word and structure problems.
   */
  @ParameterizedTest
  @EnumSource(Style.class)
  void sofslintReadsEachStyleAndFindsProblems(Style style) {
    String text = CorpusGenerator.report(style, new Length(2500, 2375, 2625), new Random(style.ordinal() + 100));
    Document document = read(style, text);
    Set<SectionKind> kinds = document.blocks().stream().filter(b -> !(b instanceof Block.Heading))
        .map(b -> b.section().kind()).collect(Collectors.toCollection(() -> EnumSet.noneOf(SectionKind.class)));
    assertThat(kinds).as(style + " sections").contains(SectionKind.PAST_HARM, SectionKind.DANGER,
        SectionKind.EXISTING_SAFETY, SectionKind.SAFETY_GOALS, SectionKind.SCALING);
    assertThat(kinds).as(style + " strengths").containsAnyOf(SectionKind.STRENGTHS, SectionKind.WORKING_WELL);
    assertThat(kinds).as(style + " next steps").containsAnyOf(SectionKind.NEXT_STEPS, SectionKind.NEEDS_TO_HAPPEN);
    List<Finding> findings = LINTER.check(document);
    Set<String> packs = findings.stream().map(Finding::pack).collect(Collectors.toSet());
    assertThat(packs).as(style + " packs").contains("judgement-labels", "jargon", "signs-of-safety");
    assertThat(findings).as(style + " structure findings").anySatisfy(f -> assertThat(f.pack()).isEqualTo("signs-of-safety"));
    assertThat(findings).as(style + " whole-report findings").noneSatisfy(f -> assertThat(f.ruleId()).isEqualTo("structure.missing-part"));
  }

  /** Past harm written as a danger statement, the commonest mistake, is in the corpus and sofslint sees it. */
  @Test
  void pastHarmWrittenAsDangerIsFound() {
    Set<String> rules = new HashSet<>();
    for (Style style : Style.values()) {
      for (int seed = 0; seed < 2; seed++) {
        String text = CorpusGenerator.report(style, new Length(2000, 1500, 4000), new Random(seed * 31 + style.ordinal()));
        LINTER.check(read(style, text)).forEach(f -> rules.add(f.ruleId()));
      }
    }
    assertThat(rules).contains("danger.past-only", "danger.no-worried-party", "safety.is-strength",
        "goal.service-compliance", "goal.absence-only", "label.in-denial", "acronym.dv");
  }

  private static Document read(Style style, String text) {
    return style == Style.PLAIN_EXPORT ? TestKit.plainText(text) : TestKit.markdown(text);
  }

  private static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> listing = Files.list(dir)) {
      return listing.sorted().toList();
    }
  }
}
