package org.sofslint.sofs;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sofslint.document.SectionKind;

/**
 * A harm statement says what an adult did or failed to do, to which child, when, and what it
 * did to the child. A statement that looks ahead, names only a condition, or names only a
 * category is the wrong kind of statement, and then its missing parts are not reported too.
 */
final class PastHarmCheck implements StructureCheck {
  static final String NAME = "past-harm";

  @Override
  public List<String> outcomes() {
    return List.of("future-framing", "condition-not-event", "category-only", "no-child-impact", "no-time");
  }

  @Override
  public List<Flag> check(Review review, Set<String> wanted, Map<String, String> parameters) {
    Outcomes outcomes = new Outcomes(wanted, review);
    for (Statement statement : review.in(SectionKind.PAST_HARM)) {
      Features f = review.features(statement);
      boolean futureFraming = f.future() && !f.past();
      boolean condition = !futureFraming && f.condition() && !f.past() && !f.childImpact();
      boolean category = !futureFraming && !condition && f.category();
      boolean event = !futureFraming && !condition && !category;
      outcomes.add("future-framing", futureFraming, statement)
          .add("condition-not-event", condition, statement)
          .add("category-only", category, statement)
          .add("no-child-impact", event && !f.childImpact(), statement)
          .add("no-time", event && !f.when(), statement);
    }
    return outcomes.flags();
  }
}
