package org.sofslint.sofs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sofslint.RandomText;

class PeopleTest {
  /** The definition isAge was written from. */
  private static final Pattern AGE = Pattern.compile("\\d{1,2}|\\d{1,2}-year-old|\\d{1,2}-years-old");

  @Test
  void anAgeIsWhatTheDefiningExpressionMatches() {
    List<String> pieces = List.of("0", "7", "15", "123", "-", "year", "years", "-old", "old", "-year-old",
        "-years-old", "a", "٣", "aged", " ", "s");
    Random random = new Random(5);
    int ages = 0;
    for (int i = 0; i < 50_000; i++) {
      String word = RandomText.of(random, pieces, 0, 3);
      boolean age = AGE.matcher(word).matches();
      assertThat(People.isAge(word)).as("'%s'", word).isEqualTo(age);
      ages += age ? 1 : 0;
    }
    assertThat(ages).isGreaterThan(1_000);
  }
}
