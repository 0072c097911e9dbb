package org.sofslint.rules;

import static org.assertj.core.api.Assertions.assertThat;

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
}
