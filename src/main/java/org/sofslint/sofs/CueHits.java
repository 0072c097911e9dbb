package org.sofslint.sofs;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.sofslint.nlp.PhraseIndex;

/** Where each cue was found in one statement, as token ranges. */
record CueHits(Map<Cue, List<PhraseIndex.Match<Cue>>> byCue) {
  CueHits {
    byCue = Map.copyOf(byCue);
  }

  static CueHits of(List<PhraseIndex.Match<Cue>> matches) {
    return new CueHits(matches.stream().collect(
        Collectors.groupingBy(PhraseIndex.Match::value, () -> new EnumMap<>(Cue.class), Collectors.toList())));
  }

  List<PhraseIndex.Match<Cue>> of(Cue cue) {
    return byCue.getOrDefault(cue, List.of());
  }

  /** True when the cue occurs at or after token {@code from}. */
  boolean has(Cue cue, int from) {
    return of(cue).stream().anyMatch(m -> m.first() >= from);
  }

  boolean has(Cue cue) {
    return has(cue, 0);
  }

  /** True when token {@code index} lies inside an occurrence of the cue. */
  boolean covers(Cue cue, int index) {
    return of(cue).stream().anyMatch(m -> m.first() <= index && index <= m.last());
  }
}
