package org.sofslint.sofs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sofslint.nlp.PhraseIndex;

class CueHitsTest {
  @Test
  void answersWhatALookThroughTheMatchesAnswersForEveryCueAndToken() {
    Random random = new Random(11);
    Cue[] cues = Cue.values();
    for (int round = 0; round < 2_000; round++) {
      List<PhraseIndex.Match<Cue>> matches = new ArrayList<>();
      for (int k = random.nextInt(12); k > 0; k--) {
        int first = random.nextInt(30);
        matches.add(new PhraseIndex.Match<>(cues[random.nextInt(cues.length)], first, first + random.nextInt(4)));
      }
      CueHits hits = CueHits.of(matches);
      for (Cue cue : cues) {
        List<PhraseIndex.Match<Cue>> ofCue = matches.stream().filter(m -> m.value() == cue).toList();
        assertThat(hits.of(cue)).isEqualTo(ofCue);
        assertThat(hits.has(cue)).isEqualTo(!ofCue.isEmpty());
        for (int token = -1; token < 36; token++) {
          int at = token;
          assertThat(hits.covers(cue, token))
              .as("%s at %d in %s", cue, token, matches)
              .isEqualTo(ofCue.stream().anyMatch(m -> m.first() <= at && at <= m.last()));
        }
      }
      for (int token = -1; token < 36; token++) {
        int at = token;
        assertThat(hits.coversAny(token))
            .isEqualTo(matches.stream().anyMatch(m -> m.first() <= at && at <= m.last()));
      }
    }
  }
}
