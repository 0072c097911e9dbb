package org.sofslint.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class KeyTableTest {
  @Test
  @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // A full table probes for ever.
  void findsWhatAMapFindsByEqualKeysAsItGrows() {
    // "Aa" and "BB" have the same hash, so keys made of them collide wherever they land.
    List<String> pieces = List.of("Aa", "BB", "a", "é", "'", "x");
    Random random = new Random(29);
    for (int round = 0; round < 200; round++) {
      KeyTable<Integer> table = new KeyTable<>();
      Map<String, Integer> expected = new HashMap<>();
      for (int i = 0; i < 300; i++) {
        StringBuilder key = new StringBuilder();
        for (int k = 1 + random.nextInt(4); k > 0; k--) {
          key.append(pieces.get(random.nextInt(pieces.size())));
        }
        // A fresh string each time: equal keys are found by their characters, not only by identity.
        String lookedUp = new String(key);
        assertThat(table.get(lookedUp)).as("%s", key).isEqualTo(expected.get(lookedUp));
        if (!expected.containsKey(lookedUp)) {
          table.put(lookedUp, i);
          expected.put(lookedUp, i);
        }
        assertThat(table.isEmpty()).isEqualTo(expected.isEmpty());
      }
      for (Map.Entry<String, Integer> entry : expected.entrySet()) {
        assertThat(table.get(new String(entry.getKey()))).isEqualTo(entry.getValue());
      }
    }
  }
}
