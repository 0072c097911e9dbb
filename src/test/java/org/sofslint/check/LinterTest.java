package org.sofslint.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sofslint.TestKit;
import org.sofslint.document.SectionKind;
import org.sofslint.rules.RulePack;
import org.sofslint.rules.Severity;

class LinterTest {
  private static final RulePack PACK = TestKit.pack("""
      pack: labels
      description: Test labels.
      discipline: observable-behaviour
      rules:
        - id: label.controlling
          terms: [controlling]
          unless: [remote control, pest control]
          message: "'{match}' is a label."
          reason: r
          suggest: [s]
          examples: {flag: [x], pass: [y]}
        - id: label.chaotic
          terms: [chaotic]
          message: "'{match}' hides what happened."
          reason: r
          suggest: [s]
          examples: {flag: [x], pass: [y]}
        - id: label.chaotic-lifestyle
          terms: [chaotic lifestyle]
          message: "'{match}' hides what happened."
          reason: r
          suggest: [s]
          examples: {flag: [x], pass: [y]}
        - id: label.danger-only
          terms: [worried]
          sections: [danger]
          message: m
          reason: r
          suggest: [s]
          examples: {flag: [x], pass: [y]}
        - id: acronym.cin
          terms: [CIN]
          match-case: true
          message: m
          reason: r
          suggest: [s]
          examples: {flag: [x], pass: [y]}
        - id: pattern.felt
          pattern: "\\\\bit (is|was) felt\\\\b"
          discipline: authority
          severity: info
          message: "Say who felt it."
          reason: r
          suggest: [s]
          examples: {flag: [x], pass: [y]}
      """);

  private static List<Finding> lint(String markdown) {
    return TestKit.lint(PACK, TestKit.markdown(markdown));
  }

  private static List<Finding> lint(String markdown, CheckOptions options) {
    return TestKit.linter(List.of(PACK), options).check(TestKit.markdown(markdown));
  }

  @Test
  void oneTermCatchesItsInflections() {
    assertThat(lint("Dad controls Mum. He was controlled. He is controlling."))
        .extracting(Finding::match).containsExactly("controls", "controlled", "controlling");
  }

  @Test
  void anUnlessPhraseCancelsTheMatchItCovers() {
    assertThat(lint("The remote control broke. Pest control came. Dad is controlling.")).extracting(Finding::match)
        .containsExactly("controlling");
  }

  @Test
  void aLongerMatchOfTheSamePackHidesTheShorterOneInsideIt() {
    assertThat(lint("A chaotic lifestyle. A chaotic home."))
        .extracting(Finding::ruleId, Finding::match)
        .containsExactly(tuple("label.chaotic-lifestyle", "chaotic lifestyle"), tuple("label.chaotic", "chaotic"));
  }

  @Test
  void sectionScopedRulesOnlyRunInTheirSections() {
    assertThat(lint("## Strengths\nGran is worried.\n## Danger statements\nGran is worried.\n"))
        .extracting(Finding::ruleId, Finding::section)
        .containsExactly(tuple("label.danger-only", SectionKind.DANGER));
  }

  @Test
  void headingsAreTheFormsWordingNotTheWritersSoTheyAreNotChecked() {
    assertThat(lint("## Controlling behaviour\nNothing here.\n")).isEmpty();
  }

  @Test
  void caseSensitiveTermsMatchExactly() {
    assertThat(lint("Cin is on a CIN plan; cin is a name too.")).extracting(Finding::match).containsExactly("CIN");
  }

  @Test
  void anAcronymSpelledOutInTheReportIsFlaggedOnlyBeforeItsDefinition() {
    assertThat(lint("""
        Sam was on a CIN plan in 2023.

        Sam is now a Child in Need (CIN). The CIN plan has three parts, and CINs are reviewed.
        """)).extracting(Finding::match, f -> f.location().line()).containsExactly(tuple("CIN", 1));
    assertThat(lint("A CIN (child in need) plan started. The CIN plan ends in May.")).isEmpty();
  }

  @Test
  void wordsInBracketsThatDoNotSpellTheAcronymAreNotADefinition() {
    assertThat(lint("Sam has a plan (CIN). The CIN (see above) plan ends in May."))
        .extracting(Finding::match).containsExactly("CIN", "CIN");
  }

  @Test
  void patternRulesMatchWithinSentences() {
    assertThat(lint("It was felt that Mum was tired. Mum felt tired."))
        .extracting(Finding::ruleId, Finding::match, Finding::severity)
        .containsExactly(tuple("pattern.felt", "It was felt", Severity.INFO));
  }

  @Test
  void wordsInAQuotationOfWhatSomeoneSaidDropToInfo() {
    assertThat(lint("Mum said “Dad is controlling.” Dad is “controlling”. Sam told me: \"it's chaotic\"."))
        .extracting(Finding::match, Finding::severity)
        .containsExactly(
            tuple("controlling", Severity.INFO),
            tuple("controlling", Severity.WARNING),
            tuple("chaotic", Severity.INFO));
  }

  @Test
  void singleQuotationMarksQuoteTooButNotAnApostrophe() {
    assertThat(lint("Mum said 'Dad is controlling'. Mum said ‘Dad is controlling’. Dad's controlling."))
        .extracting(Finding::match, Finding::severity)
        .containsExactly(
            tuple("controlling", Severity.INFO),
            tuple("controlling", Severity.INFO),
            tuple("controlling", Severity.WARNING));
  }

  @Test
  void aCodeSpanOverALineBreakAtTheEndOfAReportIsChecked() {
    // Found by random texts: the scaling check's finding ended on a character the code span's
    // text gained, after the end of the file, and the report failed as an internal error.
    List<Finding> findings = TestKit.linter(org.sofslint.rules.Builtins.packs(), CheckOptions.DEFAULTS)
        .check(TestKit.markdown("`C\nscale 0-10`` `"));
    assertThat(findings).isNotEmpty().allSatisfy(f -> assertThat(f.location().endColumn()).isLessThanOrEqualTo(18));
  }

  @Test
  void aQuotationAtTheVeryStartOfAReportIsRead() {
    // It once made a span from offset -1, and the report failed as an internal error.
    assertThat(lint("“Dad is controlling,” Mum said."))
        .extracting(Finding::match, Finding::severity)
        .containsExactly(tuple("controlling", Severity.INFO));
  }

  @Test
  void aReportingVerbAfterAQuotationCountsWithinEightWords() {
    // Seven words between the quotation and "said", then eight.
    assertThat(lint("“Dad is controlling,” Mum and Gran and the older children said."))
        .extracting(Finding::match, Finding::severity)
        .containsExactly(tuple("controlling", Severity.INFO));
    assertThat(lint("“Dad is controlling,” Mum and Gran and the two older children said."))
        .extracting(Finding::match, Finding::severity)
        .containsExactly(tuple("controlling", Severity.WARNING));
  }

  @Test
  void quotationHandlingIsConfigurable() {
    String text = "Mum said “Dad is controlling.”";
    CheckOptions unchanged = new CheckOptions(Set.of(), Set.of(), Map.of(), QuotedSpeechMode.UNCHANGED, Severity.INFO);
    CheckOptions ignore = new CheckOptions(Set.of(), Set.of(), Map.of(), QuotedSpeechMode.IGNORE, Severity.INFO);
    assertThat(lint(text, unchanged)).extracting(Finding::severity).containsExactly(Severity.WARNING);
    assertThat(lint(text, ignore)).isEmpty();
  }

  @Test
  void suppressionCommentsSilenceRulesAndPacks() {
    String text = """
        Dad is controlling. Chaotic.

        <!-- sofslint-disable label.controlling -->
        Dad is controlling. Chaotic.

        <!-- sofslint-enable -->
        Dad is controlling.
        <!-- sofslint-disable-next-line -->
        Dad is controlling.
        Dad is controlling.

        <!-- sofslint-disable labels -->
        Chaotic.
        <!-- sofslint-enable label.chaotic -->
        Chaotic and controlling.
        """;
    assertThat(lint(text)).extracting(f -> f.location().line(), Finding::ruleId).containsExactly(
        tuple(1, "label.controlling"), tuple(1, "label.chaotic"),
        tuple(4, "label.chaotic"),
        tuple(7, "label.controlling"),
        tuple(10, "label.controlling"),
        tuple(15, "label.chaotic"));
  }

  @Test
  void optionsDisableRulesAndPacksOverrideSeveritiesAndSetAFloor() {
    String text = "Dad is controlling. Chaotic. It was felt.";
    CheckOptions noPack = new CheckOptions(Set.of("label.chaotic"), Set.of("labels"), Map.of(), QuotedSpeechMode.INFO, Severity.INFO);
    assertThat(lint(text, noPack)).extracting(Finding::ruleId).containsExactly("label.chaotic");
    CheckOptions severities = new CheckOptions(Set.of(), Set.of(),
        Map.of("labels", Severity.ERROR, "label.chaotic", Severity.INFO), QuotedSpeechMode.INFO, Severity.WARNING);
    assertThat(lint(text, severities)).extracting(Finding::ruleId, Finding::severity)
        .containsExactly(tuple("label.controlling", Severity.ERROR), tuple("pattern.felt", Severity.ERROR));
  }

  @Test
  void namingAnUnknownRuleOrPackIsAnError() {
    CheckOptions typo = new CheckOptions(Set.of(), Set.of("label.controling"), Map.of(), QuotedSpeechMode.INFO, Severity.INFO);
    assertThatThrownBy(() -> RuleSet.compile(List.of(PACK), typo, TestKit.PHRASE_KEYS, TestKit.TABLES))
        .isInstanceOf(UnknownRuleException.class)
        .hasMessage("unknown rule or pack 'label.controling' (did you mean 'label.controlling'?)");
  }

  @Test
  void findingsCarryEverythingAReportNeeds() {
    Finding finding = lint("## Danger statements\nDad is controlling.\n").get(0);
    assertThat(finding.ruleId()).isEqualTo("label.controlling");
    assertThat(finding.pack()).isEqualTo("labels");
    assertThat(finding.section()).isEqualTo(SectionKind.DANGER);
    assertThat(finding.message()).isEqualTo("'controlling' is a label.");
    assertThat(finding.suggestions()).isNotEmpty();
  }

  @Test
  void aReportChecksTheSameWithItsSignsOfSafetyChecksOnAnotherThread() throws Exception {
    Linter linter = TestKit.linter(org.sofslint.rules.Builtins.packs(), CheckOptions.DEFAULTS);
    java.util.concurrent.ExecutorService helper = java.util.concurrent.Executors.newSingleThreadExecutor();
    try {
      for (String sample : List.of("good-assessment.md", "poor-mash-report.md", "mapping-table.md", "qld-style-conference.md")) {
        org.sofslint.document.Document report = TestKit.markdown(java.nio.file.Files.readString(java.nio.file.Path.of("samples", sample)));
        List<Finding> alone = linter.check(report);
        assertThat(alone).as(sample).anySatisfy(f -> assertThat(f.pack()).isEqualTo("signs-of-safety"));
        assertThat(linter.check(report, helper)).as(sample).isEqualTo(alone);
      }
    } finally {
      helper.shutdownNow();
    }
  }
}
