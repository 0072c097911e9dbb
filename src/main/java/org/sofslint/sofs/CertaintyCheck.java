package org.sofslint.sofs;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sofslint.document.SectionKind;
import org.sofslint.document.Span;

/**
 * An assessment is work in progress: words of certainty about a person ("clearly", "it is
 * evident that", "Dad always…", "Mum never…") close it off. Goals and next steps may say
 * "always" and "never" about what will happen, so they are left alone. Its messages need only
 * the words matched, so no statement is tagged for it.
 */
final class CertaintyCheck implements StructureCheck {
  static final String NAME = "certainty";
  private static final Set<SectionKind> EXEMPT =
      Set.of(SectionKind.SAFETY_GOALS, SectionKind.NEXT_STEPS, SectionKind.NEEDS_TO_HAPPEN);

  @Override
  public List<String> outcomes() {
    return List.of("absolute");
  }

  @Override
  public List<Flag> check(Review review, Set<String> wanted, Map<String, String> parameters) {
    Outcomes outcomes = new Outcomes(wanted, review);
    for (Statement statement : review.statements()) {
      if (EXEMPT.contains(statement.section())) {
        continue;
      }
      for (Span span : review.certainty(statement)) {
        outcomes.add(new Flag.At("absolute", span, Map.of()));
      }
    }
    return outcomes.flags();
  }
}
