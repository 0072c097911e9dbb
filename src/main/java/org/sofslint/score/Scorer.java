package org.sofslint.score;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.sofslint.check.Finding;
import org.sofslint.document.Document;
import org.sofslint.rules.Discipline;

/** Scores one report from its findings and its length, by {@link ScoringRules}. Thread-safe. */
public final class Scorer {
  /** The rule that reports a required part the report lacks; each such finding is a missing part. */
  public static final String MISSING_PART_RULE = "structure.missing-part";

  private final ScoringRules rules;

  public Scorer(ScoringRules rules) {
    this.rules = rules;
  }

  public Scorecard score(String path, Document document, List<Finding> findings) {
    return score(path, words(document.text()), findings);
  }

  public Scorecard score(String path, int words, List<Finding> findings) {
    Map<Discipline, double[]> points = new EnumMap<>(Discipline.class);
    Map<Discipline, int[]> counts = new EnumMap<>(Discipline.class);
    Map<Discipline, int[]> missing = new EnumMap<>(Discipline.class);
    for (Discipline d : Discipline.values()) {
      points.put(d, new double[1]);
      counts.put(d, new int[1]);
      missing.put(d, new int[1]);
    }
    for (Finding finding : findings) {
      counts.get(finding.discipline())[0]++;
      if (finding.ruleId().equals(MISSING_PART_RULE)) {
        missing.get(finding.discipline())[0]++;
      } else {
        points.get(finding.discipline())[0] += rules.weight(finding);
      }
    }
    double perThousand = 1000.0 / Math.max(words, rules.minimumWords());
    Map<Discipline, Scorecard.DisciplineScore> scores = new EnumMap<>(Discipline.class);
    double total = 0;
    for (Discipline d : Discipline.values()) {
      double density = points.get(d)[0] * perThousand + rules.missingPartWeight() * missing.get(d)[0];
      double score = 100 * rules.halfScoreAt() / (rules.halfScoreAt() + density);
      scores.put(d, new Scorecard.DisciplineScore(score, counts.get(d)[0], points.get(d)[0], missing.get(d)[0]));
      total += score;
    }
    return new Scorecard(path, words, scores, total / Discipline.values().length);
  }

  /**
   * Words as a reader counts them: runs of letters and numbers, with inner apostrophes and
   * hyphens. A loop rather than a pattern because every report of a batch is counted whole.
   */
  public static int words(String text) {
    int count = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); ) {
      // Most characters are ASCII, taken as they are rather than decoded as code points.
      int c = text.charAt(i) < 128 ? text.charAt(i) : text.codePointAt(i);
      i += Character.charCount(c);
      if (inWord) {
        inWord = isLetterOrNumber(c) || c == '\'' || c == '’' || c == '-';
      } else if (isLetterOrNumber(c)) {
        inWord = true;
        count++;
      }
    }
    return count;
  }

  /** Unicode's letters and numbers ({@code \p{L}}, {@code \p{N}}): "½" and "²" count, as digits do. */
  private static boolean isLetterOrNumber(int c) {
    if (c < 128) {
      return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
    return Character.isLetter(c) || switch (Character.getType(c)) {
      case Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
      default -> false;
    };
  }
}
