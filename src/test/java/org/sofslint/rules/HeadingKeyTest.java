package org.sofslint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sofslint.RandomText;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeadingKeyTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      What’s working well?            | what's working well
      2. WHAT'S WORKING WELL          | what's working well
      1.2 Strengths & resources:      | strengths and resources
      a) Next steps                   | next steps
      Section 3 – Danger statements   | danger statements
      '  Scaling  '                   | scaling
      """)
  void ignoresCaseNumberingPunctuationAndApostropheStyle(String heading, String key) {
    assertThat(HeadingKey.of(heading)).isEqualTo(key);
  }

  /** The definition: what the key was before plain words skipped the expressions. */
  private static final Pattern NUMBERING =
      Pattern.compile("^((section|part|step)\\s+)?(\\d+(\\.\\d+)*[.):]?|[a-h][.)]|[ivx]+[.)])\\s+");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}']+");
  private static final Pattern EDGE_APOSTROPHE = Pattern.compile("(^')|('$)");

  private static String byExpressions(String heading) {
    String key = heading.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'').replace("&", " and ")
        .strip();
    key = NUMBERING.matcher(key).replaceFirst("");
    key = NOT_WORD.matcher(key).replaceAll(" ").strip();
    return EDGE_APOSTROPHE.matcher(key).replaceAll("").strip();
  }

  @Test
  void isWhatTheExpressionsMakeOfRandomHeadings() {
    List<String> pieces = List.of("Harm", "danger", "WHAT", "s", "a", "ii", "Section", "step", " ", " ", "  ", "'",
        "’", "&", ".", ")", ":", "2", "1.2", "-", "é", "\t", "?", "Section 2 ", "step 3 ", "ten-week", "(s)", "a) ",
        "iv. ", "b)", "\u000b", "\u001f", ". ", "Ab");
    Random random = new Random(23);
    int plain = 0;
    for (int i = 0; i < 50_000; i++) {
      String heading = RandomText.of(random, pieces, 0, 6);
      String key = HeadingKey.of(heading);
      assertThat(key).as("'%s'", heading).isEqualTo(byExpressions(heading));
      plain += heading.chars().allMatch(c -> c < 128 && !Character.isDigit(c) && c != '&') ? 1 : 0;
    }
    assertThat(plain).isGreaterThan(5_000);
  }
}
