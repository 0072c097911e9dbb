package org.sofslint.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import opennlp.tools.sentdetect.DefaultEndOfSentenceScanner;
import org.junit.jupiter.api.Test;

class EndOfSentenceTableTest {
  @Test
  void findsTheCharactersOpenNlpsScannerFindsInTheSameOrder() {
    char[] endOfSentence = {'.', '!', '?', '。', '‼'};
    DefaultEndOfSentenceScanner expected = new DefaultEndOfSentenceScanner(endOfSentence);
    EndOfSentenceTable table = new EndOfSentenceTable(endOfSentence);
    assertThat(table.getEOSCharacters()).isEqualTo(expected.getEOSCharacters());
    String alphabet = "ab .!?,;:\n。‼！…é\"";
    Random random = new Random(31);
    int found = 0;
    for (int i = 0; i < 5_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int k = random.nextInt(40); k > 0; k--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      assertThat(table.getPositions(text)).as("'%s'", text).isEqualTo(expected.getPositions(text));
      assertThat(table.getPositions(new StringBuffer(text))).isEqualTo(expected.getPositions(new StringBuffer(text)));
      assertThat(table.getPositions(text.toString().toCharArray()))
          .isEqualTo(expected.getPositions(text.toString().toCharArray()));
      found += table.getPositions(text).size();
    }
    assertThat(found).isGreaterThan(10_000);
  }
}
