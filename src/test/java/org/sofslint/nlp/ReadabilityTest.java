package org.sofslint.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

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
}
