package org.sofslint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sofslint.Golden;
import org.sofslint.document.SectionKind;

class PackLoaderTest {
  private static final Path BAD = Golden.RESOURCES.resolve("packs/bad");

  static Stream<String> badPacks() throws IOException {
    try (Stream<Path> files = Files.list(BAD)) {
      return files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".yml"))
          .map(n -> n.substring(0, n.length() - 4))
          .sorted()
          .toList()
          .stream();
    }
  }

  /** Each bad pack is refused whole, with every problem at its file:line:col, exactly as promised. */
  @ParameterizedTest
  @MethodSource("badPacks")
  void badPacksAreRefusedWithEveryProblemAtItsPlace(String name) throws IOException {
    String source = "packs/bad/" + name + ".yml";
    String content = Files.readString(BAD.resolve(name + ".yml"), StandardCharsets.UTF_8);
    assertThatThrownBy(() -> PackLoader.load(source, content))
        .isInstanceOfSatisfying(LoadException.class,
            e -> Golden.check(BAD.resolve(name + ".err"), e.getMessage() + "\n"));
  }

  /**
   * Compiling a pattern recurses once per level of nesting: one nested 20,000 deep overflowed the
   * stack and ended the run with exit 1 (which says "findings"). It is refused at its place.
   */
  @Test
  void aPatternNestedTooDeeplyIsRefusedAtItsPlaceNotAStackOverflow() throws LoadException {
    assertThat(PackLoader.load("deep.yml", nested(PackLoader.MAX_PATTERN_DEPTH - 1)).rules()).hasSize(1);
    for (int groups : List.of(PackLoader.MAX_PATTERN_DEPTH, 20_000)) {
      assertThatThrownBy(() -> PackLoader.load("deep.yml", nested(groups))).isInstanceOfSatisfying(LoadException.class,
          e -> assertThat(e.getMessage()).isEqualTo("deep.yml:6:14: pattern nests groups and repetitions " + (groups + 1)
              + " deep; a rule's pattern may nest at most " + PackLoader.MAX_PATTERN_DEPTH));
    }
  }

  /** A pack whose one pattern is "controlling" inside {@code groups} groups: as deep as that, plus one. */
  private static String nested(int groups) {
    return """
        pack: deep
        description: Deeply nested.
        discipline: observable-behaviour
        rules:
          - id: deep.controlling
            pattern: "%s"
            message: "'{match}' is a label."
            reason: r
            suggest: ["Say what Dad did."]
            examples: {flag: [Dad is controlling.], pass: [Dad shouted.]}
        """.formatted("(".repeat(groups) + "controlling" + ")".repeat(groups));
  }

  @Test
  void readsEveryPartOfAGoodRule() throws LoadException {
    RulePack pack = PackLoader.load("good.yml", """
        pack: good
        description: A good pack.
        discipline: plain-language
        severity: info
        rules:
          - id: care.lac
            terms: [LAC, LACs]
            match-case: true
            unless: [LAC review]
            sections: [danger, past-harm]
            severity: warning
            message: "'{match}' means children in care."
            reason: Families do not use it.
            replace: [children in care]
            suggest: ["Use the child's name."]
            examples: {flag: ["She is LAC."], pass: ["Lac Léman."]}
          - id: pattern.felt
            pattern: "it (is|was) felt"
            discipline: authority
            message: "Who felt it?"
            reason: Name who holds the view.
            suggest: ["Say who thinks this."]
            examples: {flag: ["It was felt that"], pass: ["Mum felt sad"]}
        """);
    Rule.TermRule lac = (Rule.TermRule) pack.rules().get(0);
    assertThat(lac.terms()).containsExactly("LAC", "LACs");
    assertThat(lac.matchCase()).isTrue();
    assertThat(lac.info().severity()).isEqualTo(Severity.WARNING);
    assertThat(lac.info().sections()).containsExactly(SectionKind.PAST_HARM, SectionKind.DANGER);
    assertThat(lac.info().suggestions()).containsExactly(
        new Suggestion.Rewrite("children in care"), new Suggestion.Advice("Use the child's name."));
    assertThat(lac.info().origin()).isEqualTo(new Origin("good.yml", 6, 5));
    Rule.PatternRule felt = (Rule.PatternRule) pack.rules().get(1);
    assertThat(felt.info().severity()).isEqualTo(Severity.INFO);
    assertThat(felt.info().discipline()).isEqualTo(Discipline.AUTHORITY);
    assertThat(felt.info().appliesEverywhere()).isTrue();
    assertThat(felt.pattern().compiled().matcher("IT WAS FELT").find()).isTrue();
  }

  @Test
  void loadsAFolderOfPacksAndReportsProblemsInAllOfThem(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.yml"), "pack: a\ndescription: x\nrules: nope\n");
    Files.writeString(dir.resolve("b.yml"), "pack: b\ndescriptio: x\n");
    Files.writeString(dir.resolve("notes.txt"), "not a pack");
    assertThatThrownBy(() -> PackLoader.loadPath(dir))
        .isInstanceOfSatisfying(LoadException.class, e -> assertThat(e.errors())
            .extracting(err -> err.origin().file().substring(dir.toString().length() + 1) + ":" + err.origin().line()
                + ": " + err.message())
            .containsExactly(
                "a.yml:3: 'rules' must be a list with at least one rule",
                "b.yml:1: missing 'description'",
                "b.yml:1: missing 'rules'",
                "b.yml:2: unknown key 'descriptio' (did you mean 'description'?)"));
  }

  @Test
  void aMissingPackPathIsAnError() {
    assertThatThrownBy(() -> PackLoader.loadPath(Path.of("no/such/pack.yml")))
        .hasMessage("no/such/pack.yml:1:1: no such rule pack file or folder");
  }

  @Test
  void packsLoadedTogetherMustNotShareIds() throws LoadException {
    String pack = """
        pack: %s
        description: x
        discipline: plain-language
        rules:
          - id: same.rule
            terms: [x]
            message: m
            reason: r
            suggest: [s]
            examples: {flag: [x], pass: [y]}
        """;
    List<RulePack> packs = List.of(PackLoader.load("one.yml", pack.formatted("one")),
        PackLoader.load("two.yml", pack.formatted("two")));
    assertThatThrownBy(() -> Packs.requireDistinct(packs))
        .hasMessage("two.yml:5:5: duplicate rule id 'same.rule' (also at one.yml:5:5)");
  }
}
