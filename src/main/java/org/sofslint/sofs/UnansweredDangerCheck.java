package org.sofslint.sofs;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sofslint.document.SectionKind;

/**
 * Every danger statement needs a safety goal that answers it. A goal answers a danger statement
 * when they share a content word about the situation ("drinking", "cannabis", "going out"),
 * after normalisation; names, time words and words every statement uses do not count. Reported
 * at the danger statement, and only when the report has goals at all: a report with none is
 * told so by the required-parts check.
 */
final class UnansweredDangerCheck implements StructureCheck {
  static final String NAME = "danger-goal";
  static final String MIN_SHARED = "min-shared-words";

  @Override
  public List<String> outcomes() {
    return List.of("unanswered");
  }

  @Override
  public Map<String, String> parameters() {
    return Map.of(MIN_SHARED, "1");
  }

  @Override
  public List<Flag> check(Review review, Set<String> wanted, Map<String, String> parameters) {
    Outcomes outcomes = new Outcomes(wanted, review);
    List<Statement> goals = review.in(SectionKind.SAFETY_GOALS);
    if (goals.isEmpty()) {
      return outcomes.flags();
    }
    int needed = Integer.parseInt(parameters.getOrDefault(MIN_SHARED, parameters().get(MIN_SHARED)));
    List<Set<String>> goalWords = goals.stream().map(review::contentWords).toList();
    for (Statement danger : review.dangerStatements()) {
      Set<String> words = review.contentWords(danger);
      int best = 0;
      for (Set<String> goal : goalWords) {
        Set<String> shared = new HashSet<>(words);
        shared.retainAll(goal);
        best = Math.max(best, shared.size());
      }
      outcomes.add("unanswered", best < needed, danger);
    }
    return outcomes.flags();
  }
}
