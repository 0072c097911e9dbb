package org.sofslint.sofs;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sofslint.document.Block;
import org.sofslint.document.SectionKind;

/**
 * The parts an assessment must have, as its template lists them. A part is there when some
 * prose sits in one of its kinds (a heading with nothing under it does not count); danger
 * statements may also stand in the worries column. One flag per missing part, at the top.
 */
final class RequiredPartsCheck implements StructureCheck {
  static final String NAME = "required-parts";

  @Override
  public List<String> outcomes() {
    return List.of("missing");
  }

  @Override
  public List<Flag> check(Review review, Set<String> wanted, Map<String, String> parameters) {
    Outcomes outcomes = new Outcomes(wanted, review);
    for (List<SectionKind> part : review.requiredParts()) {
      boolean present = review.document().blocks().stream()
          .anyMatch(b -> !(b instanceof Block.Heading) && part.contains(b.section().kind()))
          || part.contains(SectionKind.DANGER) && !review.dangerStatements().isEmpty();
      if (!present) {
        outcomes.add(new Flag.Top("missing", Map.of("part", part.get(0).title())));
      }
    }
    return outcomes.flags();
  }
}
