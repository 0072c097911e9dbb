package org.sofslint.sofs;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sofslint.document.SectionKind;

/**
 * A safety goal says what the adults will do (not only what will stop), beyond going to
 * services, for how long, and with whom from the safety network.
 */
final class SafetyGoalCheck implements StructureCheck {
  static final String NAME = "safety-goal";

  @Override
  public List<String> outcomes() {
    return List.of("absence-only", "service-compliance", "no-duration", "no-actor", "no-network");
  }

  @Override
  public List<Flag> check(Review review, Set<String> wanted, Map<String, String> parameters) {
    Outcomes outcomes = new Outcomes(wanted, review);
    for (Statement statement : review.in(SectionKind.SAFETY_GOALS)) {
      Features f = review.features(statement);
      outcomes.add("absence-only", f.absenceOnly(), statement)
          .add("service-compliance", f.serviceOnly(), statement)
          .add("no-duration", !f.duration(), statement)
          .add("no-actor", !f.adult(), statement)
          .add("no-network", !f.network(), statement);
    }
    return outcomes.flags();
  }
}
