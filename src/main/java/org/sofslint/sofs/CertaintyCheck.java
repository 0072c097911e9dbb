package org.sofslint.sofs;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sofslint.document.SectionKind;
import org.sofslint.document.Span;

/**
 * An assessment is work in progress: "Dad always…", "Mum never…" close it off. Whether
 * "always" judges a person depends on who the clause is about, which a term cannot see, so this
 * is a check; the plain words of certainty ("clearly", "it is evident that") are term rules in
 * the certainty pack. Goals and next steps may say "always" and "never" about what will
 * happen, so they are left alone. No statement is tagged for it.
 */
final class CertaintyCheck implements StructureCheck {
  static final String NAME = "certainty";
  private static final Set<String> ALWAYS_NEVER = Set.of("always", "never", "constantly", "continually", "forever");
  private static final Set<SectionKind> EXEMPT =
      Set.of(SectionKind.SAFETY_GOALS, SectionKind.NEXT_STEPS, SectionKind.NEEDS_TO_HAPPEN);

  @Override
  public List<String> outcomes() {
    return List.of("always-never");
  }

  @Override
  public boolean tags() {
    return false;
  }

  @Override
  public List<Flag> check(Review review, Set<String> wanted, Map<String, String> parameters) {
    Outcomes outcomes = new Outcomes(wanted, review);
    for (Statement statement : review.statements()) {
      if (EXEMPT.contains(statement.section())) {
        continue;
      }
      for (Span span : review.certainty(statement)) {
        if (ALWAYS_NEVER.contains(review.text(span).toLowerCase(java.util.Locale.ROOT))) {
          outcomes.add(new Flag.At("always-never", span, Map.of()));
        }
      }
    }
    return outcomes.flags();
  }
}
