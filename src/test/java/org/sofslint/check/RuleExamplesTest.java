package org.sofslint.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sofslint.TestKit;
import org.sofslint.document.SectionKind;
import org.sofslint.rules.Builtins;
import org.sofslint.rules.Rule;
import org.sofslint.rules.RulePack;

/**
 * Every example of every bundled pack, run with all bundled packs loaded: each {@code flag}
 * sentence yields the rule's id, and each {@code pass} sentence does not.
 */
class RuleExamplesTest {
  private static final List<RulePack> PACKS = Builtins.packs();
  private static final Linter LINTER = TestKit.linter(PACKS, CheckOptions.DEFAULTS);

  static Stream<Arguments> flagExamples() {
    return examples(true);
  }

  static Stream<Arguments> passExamples() {
    return examples(false);
  }

  private static Stream<Arguments> examples(boolean flag) {
    return PACKS.stream().flatMap(pack -> pack.rules().stream()).flatMap(rule ->
        (flag ? rule.info().examples().flag() : rule.info().examples().pass()).stream()
            .map(sentence -> Arguments.of(rule.id(), sentence, rule)));
  }

  /**
   * A sentence becomes a paragraph of the first section kind the rule applies in; an example of
   * several lines is a small Markdown report, read as users' reports are.
   */
  private static List<String> ruleIds(Rule rule, String sentence) {
    if (sentence.contains("\n")) {
      return LINTER.check(TestKit.markdown(sentence)).stream().map(Finding::ruleId).toList();
    }
    SectionKind kind = rule.info().appliesEverywhere() ? SectionKind.OTHER : rule.info().sections().get(0);
    return LINTER.check(TestKit.paragraph(sentence, kind)).stream().map(Finding::ruleId).toList();
  }

  @ParameterizedTest(name = "{0} flags: {1}")
  @MethodSource("flagExamples")
  void flagExamplesAreFlagged(String id, String sentence, Rule rule) {
    assertThat(ruleIds(rule, sentence)).as("findings for \"%s\"", sentence).contains(id);
  }

  @ParameterizedTest(name = "{0} passes: {1}")
  @MethodSource("passExamples")
  void passExamplesAreNotFlagged(String id, String sentence, Rule rule) {
    assertThat(ruleIds(rule, sentence)).as("findings for \"%s\"", sentence).doesNotContain(id);
  }
}
