package org.sofslint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class BuiltinsTest {
  @Test
  void theListOfBuiltInPacksIsTheRulesFolder() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("rules"))) {
      List<String> names = files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".yml"))
          .map(n -> n.substring(0, n.length() - 4))
          .sorted()
          .toList();
      assertThat(Builtins.PACKS).isSorted().containsExactlyElementsOf(names);
    }
  }

  @Test
  void everyBuiltInPackLoadsWithoutProblemsAndIsNamedAfterItsFile() throws LoadException {
    List<RulePack> packs = Builtins.packs();
    Packs.requireDistinct(packs);
    assertThat(packs).extracting(RulePack::id).containsExactlyElementsOf(Builtins.PACKS);
  }

  @Test
  void everyBuiltInRuleHasAtLeastTwoExamplesEachWay() {
    for (RulePack pack : Builtins.packs()) {
      for (Rule rule : pack.rules()) {
        assertThat(rule.info().examples().flag()).as("%s flag examples", rule.id()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(rule.info().examples().pass()).as("%s pass examples", rule.id()).hasSizeGreaterThanOrEqualTo(2);
      }
    }
  }

  @Test
  void eachPackHoldsAtLeastTheRulesItPromises() {
    Map<String, Integer> minimum = Map.of("judgement-labels", 70, "jargon", 80, "acronyms", 45,
        "care-language", 25, "vague-words", 30, "certainty", 15);
    for (RulePack pack : Builtins.packs()) {
      assertThat(pack.rules().size()).as(pack.id()).isGreaterThanOrEqualTo(minimum.getOrDefault(pack.id(), 1));
    }
  }

  @Test
  void thePacksHoldTheRulesPractitionersAskFor() {
    List<Rule> rules = Builtins.packs().stream().flatMap(p -> p.rules().stream()).toList();
    assertThat(rules).extracting(Rule::id).contains(
        "label.controlling", "label.in-denial", "label.alcoholic", "label.non-compliant",
        "label.disengaged", "label.chaotic", "label.hard-to-reach", "jargon.substance-misuse",
        "acronym.lac", "care.contact", "care.placement", "certainty.absolute");
  }
}
