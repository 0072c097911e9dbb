package org.sofslint.sofs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.sofslint.nlp.PhraseIndex;

/**
 * Where each cue was found in one statement, as token ranges. The feature code asks, token by
 * token, whether a cue covers it, many times over, so the cues covering each token are worked out
 * once, one bit per cue.
 */
final class CueHits {
  private static final int CUES = Cue.values().length;

  static {
    if (CUES > Long.SIZE) {
      throw new IllegalStateException("a token's cues are one bit each in a long; there are " + CUES);
    }
  }

  private final Map<Cue, List<PhraseIndex.Match<Cue>>> byCue;
  /** For each token up to the last one a cue covers, a bit per cue (by ordinal) covering it. */
  private final long[] covering;
  /** A bit per cue (by ordinal) that occurs. */
  private final long present;

  private CueHits(List<PhraseIndex.Match<Cue>> matches) {
    Map<Cue, List<PhraseIndex.Match<Cue>>> grouped = new EnumMap<>(Cue.class);
    int tokens = 0;
    for (PhraseIndex.Match<Cue> match : matches) {
      grouped.computeIfAbsent(match.value(), cue -> new ArrayList<>()).add(match);
      tokens = Math.max(tokens, match.last() + 1);
    }
    grouped.replaceAll((cue, found) -> List.copyOf(found));
    byCue = Collections.unmodifiableMap(grouped);
    covering = new long[tokens];
    long occurring = 0;
    for (PhraseIndex.Match<Cue> match : matches) {
      long bit = 1L << match.value().ordinal();
      occurring |= bit;
      for (int token = match.first(); token <= match.last(); token++) {
        covering[token] |= bit;
      }
    }
    present = occurring;
  }

  static CueHits of(List<PhraseIndex.Match<Cue>> matches) {
    return new CueHits(matches);
  }

  List<PhraseIndex.Match<Cue>> of(Cue cue) {
    return byCue.getOrDefault(cue, List.of());
  }

  boolean has(Cue cue) {
    return (present & 1L << cue.ordinal()) != 0;
  }

  /** True when token {@code index} lies inside an occurrence of the cue. */
  boolean covers(Cue cue, int index) {
    return index >= 0 && index < covering.length && (covering[index] & 1L << cue.ordinal()) != 0;
  }

  /** True when token {@code index} lies inside an occurrence of any cue. */
  boolean coversAny(int index) {
    return index >= 0 && index < covering.length && covering[index] != 0;
  }
}
