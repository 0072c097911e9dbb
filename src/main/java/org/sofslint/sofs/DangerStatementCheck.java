package org.sofslint.sofs;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A danger statement says who is worried, about what an adult does, and what could happen to
 * the child if nothing changes. A past example inside it is good practice, so past tense is only
 * a fault when nothing looks ahead.
 */
final class DangerStatementCheck implements StructureCheck {
  static final String NAME = "danger-statement";

  @Override
  public List<String> outcomes() {
    return List.of("past-only", "no-future", "no-worried-party", "no-child-impact", "no-behaviour");
  }

  @Override
  public List<Flag> check(Review review, Set<String> wanted, Map<String, String> parameters) {
    Outcomes outcomes = new Outcomes(wanted, review);
    for (Statement statement : review.dangerStatements()) {
      Features f = review.features(statement);
      boolean pastOnly = f.past() && !f.future() && !f.present();
      outcomes.add("past-only", pastOnly, statement)
          .add("no-future", !f.future() && !pastOnly, statement)
          .add("no-worried-party", f.worry().kind() != Worry.Kind.NAMED, statement)
          .add("no-child-impact", !f.childImpact(), statement)
          .add("no-behaviour", !f.behaviour(), statement);
    }
    return outcomes.flags();
  }
}
