package org.sofslint.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WhitespaceTest {
  @Test
  void whiteSpaceIsWhatJavaRegexCallsWhiteSpace() {
    Pattern whitespace = Pattern.compile("\\s");
    for (char c = 0; c < 0x3100; c++) {
      assertThat(Whitespace.is(c)).as("U+%04X", (int) c).isEqualTo(whitespace.matcher(String.valueOf(c)).matches());
    }
  }

  @Test
  void eachRunOfWhiteSpaceBecomesOneSpaceAsTheExpressionMakesIt() {
    Pattern runs = Pattern.compile("\\s+");
    String[] pieces = {"a", "Mum", " ", "  ", "\t", "\n", "\r\n", "\u000B", "\f", "\u00A0", ".", "é"};
    Random random = new Random(19);
    for (int trial = 0; trial < 5_000; trial++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(12); i > 0; i--) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      assertThat(Whitespace.oneLine(text.toString())).as(text.toString()).isEqualTo(runs.matcher(text).replaceAll(" "));
    }
    String unchanged = "Mum said no.";
    assertThat(Whitespace.oneLine(unchanged)).isSameAs(unchanged);
  }
}
