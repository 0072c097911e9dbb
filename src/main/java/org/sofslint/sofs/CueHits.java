package org.sofslint.sofs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.sofslint.nlp.PhraseIndex;

/**
 * Where each cue was found in one statement, as token ranges. The feature code asks about every
 * token, so the lookups are an enum map and plain loops.
 */
record CueHits(Map<Cue, List<PhraseIndex.Match<Cue>>> byCue) {
  CueHits {
    Map<Cue, List<PhraseIndex.Match<Cue>>> copy = new EnumMap<>(Cue.class);
    byCue.forEach((cue, matches) -> copy.put(cue, List.copyOf(matches)));
    byCue = Collections.unmodifiableMap(copy);
  }

  static CueHits of(List<PhraseIndex.Match<Cue>> matches) {
    Map<Cue, List<PhraseIndex.Match<Cue>>> byCue = new EnumMap<>(Cue.class);
    for (PhraseIndex.Match<Cue> match : matches) {
      byCue.computeIfAbsent(match.value(), cue -> new ArrayList<>()).add(match);
    }
    return new CueHits(byCue);
  }

  List<PhraseIndex.Match<Cue>> of(Cue cue) {
    return byCue.getOrDefault(cue, List.of());
  }

  /** True when the cue occurs at or after token {@code from}. */
  boolean has(Cue cue, int from) {
    for (PhraseIndex.Match<Cue> match : of(cue)) {
      if (match.first() >= from) {
        return true;
      }
    }
    return false;
  }

  boolean has(Cue cue) {
    return has(cue, 0);
  }

  /** True when token {@code index} lies inside an occurrence of the cue. */
  boolean covers(Cue cue, int index) {
    for (PhraseIndex.Match<Cue> match : of(cue)) {
      if (match.first() <= index && index <= match.last()) {
        return true;
      }
    }
    return false;
  }
}
