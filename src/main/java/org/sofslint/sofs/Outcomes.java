package org.sofslint.sofs;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Collects a check's flags, keeping only the outcomes the enabled rules ask for. Mutable: filled by one check run. */
final class Outcomes {
  private final Set<String> wanted;
  private final Review review;
  private final List<Flag> flags = new ArrayList<>();

  Outcomes(Set<String> wanted, Review review) {
    this.wanted = wanted;
    this.review = review;
  }

  /** Flags the whole statement with {@code outcome} when {@code found}. */
  Outcomes add(String outcome, boolean found, Statement statement) {
    if (found && wanted.contains(outcome)) {
      flags.add(new Flag.At(outcome, statement.span(), review.fills(statement)));
    }
    return this;
  }

  Outcomes add(Flag flag) {
    if (wanted.contains(flag.outcome())) {
      flags.add(flag);
    }
    return this;
  }

  List<Flag> flags() {
    return flags;
  }
}
