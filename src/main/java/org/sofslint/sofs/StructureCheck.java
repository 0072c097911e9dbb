package org.sofslint.sofs;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One Signs of Safety check over a whole report. A pack's {@code structure:} rule names one of
 * its outcomes as {@code check.outcome}, e.g. {@code danger-statement.no-future}.
 */
public interface StructureCheck {
  /** The outcomes it can report, in the order it reports them. */
  List<String> outcomes();

  /** The parameters a rule may give it, with their defaults. */
  default Map<String, String> parameters() {
    return Map.of();
  }

  /**
   * Whether it reads statements' features, which need part-of-speech tags: a run whose checks
   * all say no never loads the tagger's model. A wrong "no" costs only speed, never a result.
   */
  default boolean tags() {
    return true;
  }

  /** Flags for the {@code wanted} outcomes, in statement order. */
  List<Flag> check(Review review, Set<String> wanted, Map<String, String> parameters);
}
