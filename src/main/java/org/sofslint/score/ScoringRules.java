package org.sofslint.score;

import java.util.EnumMap;
import java.util.Map;
import org.sofslint.check.Finding;
import org.sofslint.rules.Severity;

/**
 * How findings become scores, as README.md explains with a worked example. Each finding weighs
 * its rule's weight, or else its severity's; a discipline's weighted points per 1,000 words
 * (a report counted as at least {@code minimumWords} long) plus {@code missingPartWeight} for
 * each required part the report lacks make its density, and its score is
 * {@code 100 × halfScoreAt / (halfScoreAt + density)}: 100 with nothing found, 50 at
 * {@code halfScoreAt}. Adding a finding never raises a score.
 */
public record ScoringRules(
    Map<Severity, Double> severityWeights, Map<String, Double> ruleWeights, double halfScoreAt,
    double missingPartWeight, int minimumWords) {
  private static final Map<Severity, Double> SEVERITY_WEIGHTS =
      Map.of(Severity.ERROR, 5.0, Severity.WARNING, 2.0, Severity.INFO, 0.5);
  public static final ScoringRules DEFAULTS = new ScoringRules(SEVERITY_WEIGHTS, Map.of(), 10, 10, 250);

  public ScoringRules {
    Map<Severity, Double> complete = new EnumMap<>(Severity.class);
    complete.putAll(SEVERITY_WEIGHTS);
    complete.putAll(severityWeights);
    severityWeights = Map.copyOf(complete);
    ruleWeights = Map.copyOf(ruleWeights);
    if (halfScoreAt <= 0 || missingPartWeight < 0 || minimumWords < 1
        || severityWeights.values().stream().anyMatch(w -> w < 0) || ruleWeights.values().stream().anyMatch(w -> w < 0)) {
      throw new IllegalArgumentException("weights must not be negative, and half-score-at must be above 0");
    }
  }

  /** What one finding weighs. */
  public double weight(Finding finding) {
    Double rule = ruleWeights.get(finding.ruleId());
    return rule != null ? rule : severityWeights.get(finding.severity());
  }
}
