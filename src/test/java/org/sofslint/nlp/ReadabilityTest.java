package org.sofslint.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sofslint.RandomText;
import org.sofslint.bench.CorpusGenerator;

class ReadabilityTest {
  @Test
  void syllablesAreCountedByVowelGroupsWithoutASilentEnding() {
    assertThat(Readability.syllables("Mum")).isEqualTo(1);
    assertThat(Readability.syllables("bottle")).isEqualTo(2);
    assertThat(Readability.syllables("hospital")).isEqualTo(3);
    assertThat(Readability.syllables("behaviour")).isEqualTo(Readability.syllables("behavior"));
    assertThat(Readability.syllables("accommodation")).isEqualTo(5);
    assertThat(Readability.syllables("arranged")).isEqualTo(2);
    assertThat(Readability.syllables("while")).isEqualTo(1);
    assertThat(Readability.syllables("little")).isEqualTo(2);
  }

  @Test
  void smogGivesAUkReadingAgeFiveYearsAboveTheUsGrade() {
    // 30 sentences with 30 long words: 1.043 × √30 + 3.1291 = 8.84, plus 5.
    assertThat(Readability.readingAge(30, 30)).isCloseTo(13.84, within(0.01));
    assertThat(Readability.readingAge(3, 0)).isCloseTo(8.13, within(0.01));
  }

  @Test
  void fleschKincaidWeighsSentenceAndWordLengthAndNeverGoesBelowFive() {
    // 10 words a sentence, 1.5 syllables a word: 3.9 + 17.7 − 15.59 = 6.01, plus 5.
    assertThat(Readability.childReadingAge(4, 40, 60)).isCloseTo(11.01, within(0.01));
    assertThat(Readability.childReadingAge(10, 30, 30)).isEqualTo(5.0);
  }

  @Test
  void syllablesAreWhatTheDefiningExpressionsCountOnEveryWordOfCorpusReportsAndRandomWords() {
    List<String> words = new ArrayList<>();
    Random random = new Random(5);
    for (CorpusGenerator.Style style : CorpusGenerator.Style.values()) {
      words.addAll(List.of(CorpusGenerator.report(style, new CorpusGenerator.Length(3000, 1500, 4000), random)
          .split("\\s+")));
    }
    List<String> letters = "aeiouylsdrbyÉé'-".chars().mapToObj(Character::toString).toList();
    for (int i = 0; i < 20_000; i++) {
      words.add(RandomText.of(random, letters, 0, 8));
    }
    for (String word : words) {
      assertThat(Readability.syllables(word)).as(word).isEqualTo(syllablesByExpressions(word));
    }
  }

  /** How syllables were counted before the loops: the definition the loops must keep. */
  private static int syllablesByExpressions(String word) {
    String w = Pattern.compile("[^a-z]").matcher(word.toLowerCase(Locale.ROOT)).replaceAll("").replace("iour", "ior");
    if (w.length() <= 3) {
      return 1;
    }
    w = Pattern.compile("(?:[^laeiouy]es|ed|[^laeiouy]e|(?<=[aeiouy]l)e)$").matcher(w).replaceFirst("");
    if (w.startsWith("y")) {
      w = w.substring(1);
    }
    return Math.max(1, (int) Pattern.compile("[aeiouy]{1,2}").matcher(w).results().count());
  }
}
