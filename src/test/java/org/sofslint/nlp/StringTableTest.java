package org.sofslint.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.sofslint.RandomText;

class StringTableTest {
  /** "Aa" and "BB" have the same hash, so strings made of them collide wherever they land. */
  private static final List<String> PIECES = List.of("Aa", "BB", "a", "é", "’", "-", "x");

  @Test
  @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // A full table probes for ever.
  void findsWhatAMapFindsByEqualStringsAsItGrows() {
    Random random = new Random(29);
    for (int round = 0; round < 200; round++) {
      StringTable<Integer> table = new StringTable<>();
      Map<String, Integer> expected = new HashMap<>();
      for (int i = 0; i < 300; i++) {
        // A fresh string each time: equal keys are found by their characters, not only by identity.
        String key = new String(RandomText.of(random, PIECES, 1, 4));
        assertThat(table.get(key)).as("%s", key).isEqualTo(expected.get(key));
        if (!expected.containsKey(key)) {
          table.put(key, i);
          expected.put(key, i);
        }
        assertThat(table.isEmpty()).isEqualTo(expected.isEmpty());
      }
      for (Map.Entry<String, Integer> entry : expected.entrySet()) {
        assertThat(table.get(new String(entry.getKey()))).isEqualTo(entry.getValue());
      }
    }
  }

  @Test
  void findsWhatAMapOfSubstringsFindsThroughCollisionsAndEmptying() {
    Random random = new Random(17);
    StringTable<Integer> table = new StringTable<>(40);
    Map<String, Integer> expected = new HashMap<>();
    int found = 0;
    for (int i = 0; i < 100_000; i++) {
      String word = RandomText.of(random, PIECES, 1, 4);
      String before = "x".repeat(random.nextInt(3));
      String text = before + word + " tail";
      Integer kept = table.get(text, before.length(), before.length() + word.length());
      assertThat(kept).as("%s", word).isEqualTo(expected.get(word));
      if (kept == null) {
        if (table.size() == 40) {
          table.clear();
          expected.clear();
        }
        table.put(word, i);
        expected.put(word, i);
      } else {
        found++;
      }
      assertThat(table.size()).isEqualTo(expected.size());
    }
    assertThat(found).isGreaterThan(10_000);
  }
}
