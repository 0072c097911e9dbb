package org.sofslint.sofs;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sofslint.document.SectionKind;

/**
 * Existing safety is protective action already taken when the danger was there, shown over
 * time; in this section, anything someone did counts as the act (what it protected against is
 * for the reader to judge). Love, promises and going to services are strengths. Guidance differs on whether one act
 * is enough, so a missing "over time" is only advice (its rule is info by default).
 */
final class ExistingSafetyCheck implements StructureCheck {
  static final String NAME = "existing-safety";

  @Override
  public List<String> outcomes() {
    return List.of("is-strength", "no-protective-act", "no-time-evidence");
  }

  @Override
  public List<Flag> check(Review review, Set<String> wanted, Map<String, String> parameters) {
    Outcomes outcomes = new Outcomes(wanted, review);
    for (Statement statement : review.in(SectionKind.EXISTING_SAFETY)) {
      Features f = review.features(statement);
      boolean acted = f.protectiveAct() || f.acts();
      boolean strength = f.intention() || f.strength() && !acted;
      boolean noAct = !strength && !acted;
      outcomes.add("is-strength", strength, statement)
          .add("no-protective-act", noAct, statement)
          .add("no-time-evidence", !strength && !noAct && !f.overTime(), statement);
    }
    return outcomes.flags();
  }
}
