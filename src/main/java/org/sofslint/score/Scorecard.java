package org.sofslint.score;

import java.util.Map;
import org.sofslint.rules.Discipline;

/** One report's scores: each discipline's, and overall (their mean); 0–100, higher is better. */
public record Scorecard(String path, int words, Map<Discipline, DisciplineScore> disciplines, double overall) {
  public Scorecard {
    disciplines = Map.copyOf(disciplines);
  }

  /** The same scores under another name (a redacted path). */
  public Scorecard renamed(String newPath) {
    return new Scorecard(newPath, words, disciplines, overall);
  }

  public double score(Discipline discipline) {
    return disciplines.get(discipline).score();
  }

  /** How a discipline scored: its findings, their weighted points, the missing parts counted against it. */
  public record DisciplineScore(double score, int findings, double points, int missingParts) {}
}
