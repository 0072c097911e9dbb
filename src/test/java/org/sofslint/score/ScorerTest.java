package org.sofslint.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sofslint.check.Finding;
import org.sofslint.document.Location;
import org.sofslint.document.SectionKind;
import org.sofslint.document.Span;
import org.sofslint.rules.Discipline;
import org.sofslint.rules.Severity;

class ScorerTest {
  private static final Scorer DEFAULT = new Scorer(ScoringRules.DEFAULTS);

  static Finding finding(String rule, Discipline discipline, Severity severity) {
    return new Finding(rule, "pack", discipline, severity, SectionKind.OTHER, new Span(0, 0),
        new Location(1, 1, 1, 1), "message", List.of(), "");
  }

  @Test
  void nothingFoundScoresOneHundredEverywhere() {
    Scorecard card = DEFAULT.score("a.md", 2000, List.of());
    assertThat(card.overall()).isEqualTo(100);
    for (Discipline d : Discipline.values()) {
      assertThat(card.score(d)).isEqualTo(100);
    }
  }

  /** The worked example in README.md, figure for figure. */
  @Test
  void theWorkedExampleInTheReadme() {
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      findings.add(finding("label.controlling", Discipline.OBSERVABLE_BEHAVIOUR, Severity.WARNING));
    }
    findings.add(finding("danger.past-only", Discipline.HARM_DANGER, Severity.WARNING));
    findings.add(finding("danger.past-only", Discipline.HARM_DANGER, Severity.WARNING));
    findings.add(finding("structure.missing-part", Discipline.HARM_DANGER, Severity.WARNING));
    findings.add(finding("quote.label", Discipline.OBSERVABLE_BEHAVIOUR, Severity.INFO));
    Scorecard card = DEFAULT.score("a.md", 2000, findings);
    // observable behaviour: 4 x 2 + 0.5 = 8.5 points in 2,000 words = 4.25 per 1,000 words
    assertThat(card.score(Discipline.OBSERVABLE_BEHAVIOUR)).isCloseTo(100 * 10 / 14.25, within(1e-9));
    // harm and danger: 2 x 2 = 4 points = 2 per 1,000 words, plus 10 for the missing part
    assertThat(card.score(Discipline.HARM_DANGER)).isCloseTo(100 * 10 / 22.0, within(1e-9));
    assertThat(card.overall()).isCloseTo((100 * 4 + 100 * 10 / 14.25 + 100 * 10 / 22.0) / 6, within(1e-9));
    assertThat(Math.round(card.score(Discipline.OBSERVABLE_BEHAVIOUR) * 10) / 10.0).isEqualTo(70.2);
    assertThat(Math.round(card.score(Discipline.HARM_DANGER) * 10) / 10.0).isEqualTo(45.5);
    assertThat(Math.round(card.overall() * 10) / 10.0).isEqualTo(85.9);
  }

  @Test
  void theSameFindingsInALongerReportScoreHigher() {
    List<Finding> findings = List.of(finding("x", Discipline.PLAIN_LANGUAGE, Severity.WARNING));
    assertThat(DEFAULT.score("a", 4000, findings).score(Discipline.PLAIN_LANGUAGE))
        .isGreaterThan(DEFAULT.score("a", 1000, findings).score(Discipline.PLAIN_LANGUAGE));
    assertThat(DEFAULT.score("a", 10, findings).score(Discipline.PLAIN_LANGUAGE))
        .as("a very short report counts as 250 words").isEqualTo(DEFAULT.score("a", 250, findings).score(Discipline.PLAIN_LANGUAGE));
  }

  @Test
  void addingAFindingNeverRaisesAnyScore() {
    Random random = new Random(7);
    ScoringRules weighted = new ScoringRules(Map.of(Severity.INFO, 0.0), Map.of("r3", 7.5, "r1", 0.0), 6, 15, 300);
    for (Scorer scorer : List.of(DEFAULT, new Scorer(weighted))) {
      List<Finding> findings = new ArrayList<>();
      int words = 200 + random.nextInt(4000);
      Scorecard before = scorer.score("a", words, findings);
      for (int i = 0; i < 300; i++) {
        findings.add(finding(random.nextInt(8) == 0 ? "structure.missing-part" : "r" + random.nextInt(5),
            Discipline.values()[random.nextInt(6)], Severity.values()[random.nextInt(3)]));
        Scorecard after = scorer.score("a", words, findings);
        for (Discipline d : Discipline.values()) {
          assertThat(after.score(d)).isLessThanOrEqualTo(before.score(d));
        }
        assertThat(after.overall()).isLessThanOrEqualTo(before.overall());
        before = after;
      }
    }
  }

  @Test
  void ruleWeightsOverrideSeverityWeights() {
    Scorer scorer = new Scorer(new ScoringRules(Map.of(), Map.of("acronym.sw", 0.0), 10, 10, 250));
    List<Finding> findings = List.of(finding("acronym.sw", Discipline.PLAIN_LANGUAGE, Severity.WARNING));
    assertThat(scorer.score("a", 1000, findings).score(Discipline.PLAIN_LANGUAGE)).isEqualTo(100);
    assertThat(DEFAULT.score("a", 1000, findings).score(Discipline.PLAIN_LANGUAGE)).isCloseTo(100 * 10 / 12.0, within(1e-9));
  }

  @Test
  void wordsAreCountedAsAReaderCountsThem() {
    assertThat(Scorer.words("Dad's drinking — on 3 March, Sam (4) was left alone.")).isEqualTo(10);
    assertThat(Scorer.words("-- 'Mum' ex-partner’s ½ x² 𝐀bc -x- ' -")).isEqualTo(6);
  }

  @Test
  void wordsAreCountedAsTheirDefiningPatternFindsThem() {
    java.util.regex.Pattern word = java.util.regex.Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");
    String[] pieces = {"a", "Z", "é", "7", "½", "²", "Ⅻ", "𝐀", "'", "’", "-", "—", " ", "\n", ".", "(", "\u00A0", "\uD800",
        "A", "z", "0", "9", "@", "[", "`", "{", "/", ":", "_"};
    java.util.Random random = new java.util.Random(11);
    for (int trial = 0; trial < 2_000; trial++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(30); i > 0; i--) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      assertThat(Scorer.words(text.toString())).as(text.toString()).isEqualTo((int) word.matcher(text).results().count());
    }
  }
}
