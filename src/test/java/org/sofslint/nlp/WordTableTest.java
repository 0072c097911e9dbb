package org.sofslint.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WordTableTest {
  @Test
  void findsWhatAMapOfSubstringsFindsThroughCollisionsAndEmptying() {
    // "Aa" and "BB" have the same hash, so words made of them collide in every slot they reach.
    List<String> pieces = List.of("Aa", "BB", "a", "é", "’", "-", "x");
    Random random = new Random(17);
    WordTable<Integer> table = new WordTable<>(40);
    Map<String, Integer> expected = new HashMap<>();
    int found = 0;
    for (int i = 0; i < 100_000; i++) {
      StringBuilder word = new StringBuilder();
      for (int k = 1 + random.nextInt(4); k > 0; k--) {
        word.append(pieces.get(random.nextInt(pieces.size())));
      }
      String before = "x".repeat(random.nextInt(3));
      String text = before + word + " tail";
      Integer kept = table.get(text, before.length(), before.length() + word.length());
      assertThat(kept).as("%s", word).isEqualTo(expected.get(word.toString()));
      if (kept == null) {
        if (table.size() == 40) {
          table.clear();
          expected.clear();
        }
        table.put(word.toString(), i);
        expected.put(word.toString(), i);
      } else {
        found++;
      }
      assertThat(table.size()).isEqualTo(expected.size());
    }
    assertThat(found).isGreaterThan(10_000);
  }

  @Test
  void refusesMoreWordsThanItWasMadeFor() {
    WordTable<String> table = new WordTable<>(2);
    table.put("a", "1");
    table.put("b", "2");
    assertThatThrownBy(() -> table.put("c", "3")).isInstanceOf(IllegalStateException.class);
  }
}
