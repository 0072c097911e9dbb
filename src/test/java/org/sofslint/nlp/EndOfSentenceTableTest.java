package org.sofslint.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import opennlp.tools.sentdetect.DefaultEndOfSentenceScanner;
import org.junit.jupiter.api.Test;
import org.sofslint.RandomText;

class EndOfSentenceTableTest {
  @Test
  void findsTheCharactersOpenNlpsScannerFindsInTheSameOrder() {
    char[] endOfSentence = {'.', '!', '?', '。', '‼'};
    DefaultEndOfSentenceScanner expected = new DefaultEndOfSentenceScanner(endOfSentence);
    EndOfSentenceTable table = new EndOfSentenceTable(endOfSentence);
    assertThat(table.getEOSCharacters()).isEqualTo(expected.getEOSCharacters());
    List<String> alphabet =
        List.of("a", "b", " ", ".", "!", "?", ",", ";", ":", "\n", "。", "‼", "！", "…", "é", "\"");
    Random random = new Random(31);
    int found = 0;
    for (int i = 0; i < 5_000; i++) {
      String text = RandomText.of(random, alphabet, 0, 39);
      assertThat(table.getPositions(text)).as("'%s'", text).isEqualTo(expected.getPositions(text));
      assertThat(table.getPositions(new StringBuffer(text))).isEqualTo(expected.getPositions(new StringBuffer(text)));
      assertThat(table.getPositions(text.toCharArray())).isEqualTo(expected.getPositions(text.toCharArray()));
      found += table.getPositions(text).size();
    }
    assertThat(found).isGreaterThan(10_000);
  }
}
