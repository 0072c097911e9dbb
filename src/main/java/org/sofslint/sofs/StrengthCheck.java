package org.sofslint.sofs;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sofslint.document.SectionKind;

/** A strength that tells of protection kept up over time may be existing safety, filed too low. */
final class StrengthCheck implements StructureCheck {
  static final String NAME = "strength";

  @Override
  public List<String> outcomes() {
    return List.of("claims-safety");
  }

  @Override
  public List<Flag> check(Review review, Set<String> wanted, Map<String, String> parameters) {
    Outcomes outcomes = new Outcomes(wanted, review);
    for (Statement statement : review.in(SectionKind.STRENGTHS)) {
      Features f = review.features(statement);
      outcomes.add("claims-safety", f.protectiveAct() && f.overTime() && !f.intention(), statement);
    }
    return outcomes.flags();
  }
}
