package org.sofslint.sofs;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sofslint.document.SectionKind;

/**
 * Complicating factors are circumstances that make change harder. A specific harmful event to a
 * child (something that happened, to a child, with an effect) is past harm, whatever its heading.
 */
final class ComplicatingFactorCheck implements StructureCheck {
  static final String NAME = "complicating-factor";

  @Override
  public List<String> outcomes() {
    return List.of("is-harm");
  }

  @Override
  public List<Flag> check(Review review, Set<String> wanted, Map<String, String> parameters) {
    Outcomes outcomes = new Outcomes(wanted, review);
    for (Statement statement : review.in(SectionKind.COMPLICATING_FACTORS)) {
      Features f = review.features(statement);
      boolean namesAChild = !f.children().isEmpty();
      outcomes.add("is-harm", f.past() && f.childImpact() && f.behaviour() && namesAChild, statement);
    }
    return outcomes.flags();
  }
}
