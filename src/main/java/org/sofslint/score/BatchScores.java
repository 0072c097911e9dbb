package org.sofslint.score;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sofslint.check.Finding;
import org.sofslint.rules.Discipline;

/**
 * Scores across a batch as reports stream past: each discipline's distribution (and the overall
 * score's), the lowest reports, and the rules that fire most. Keeps one scorecard per report,
 * never a document. Mutable: an accumulator, fed from one thread.
 */
public final class BatchScores {
  public static final int LOWEST = 5;

  private final List<Scorecard> cards = new ArrayList<>();
  private final Map<String, int[]> ruleCounts = new HashMap<>();

  public void add(Scorecard card, List<Finding> findings) {
    cards.add(card);
    for (Finding finding : findings) {
      ruleCounts.computeIfAbsent(finding.ruleId(), id -> new int[1])[0]++;
    }
  }

  public int reports() {
    return cards.size();
  }

  /** The spread of one discipline's scores, or of the overall score when {@code discipline} is empty. */
  public Distribution distribution(Optional<Discipline> discipline) {
    Comparator<Scorecard> byScore = Comparator.comparingDouble((Scorecard c) -> value(c, discipline))
        .thenComparing(Scorecard::path);
    List<Scorecard> sorted = cards.stream().sorted(byScore).toList();
    double[] values = sorted.stream().mapToDouble(c -> value(c, discipline)).toArray();
    double mean = values.length == 0 ? 0 : java.util.Arrays.stream(values).sum() / values.length;
    double median = values.length == 0 ? 0
        : values.length % 2 == 1 ? values[values.length / 2] : (values[values.length / 2 - 1] + values[values.length / 2]) / 2;
    return new Distribution(mean, median, values.length == 0 ? 0 : values[0], values.length == 0 ? 0 : values[values.length - 1],
        sorted.subList(0, Math.min(LOWEST, sorted.size())), histogram(values));
  }

  /** Every discipline's distribution, in the disciplines' order. */
  public Map<Discipline, Distribution> distributions() {
    Map<Discipline, Distribution> all = new EnumMap<>(Discipline.class);
    for (Discipline d : Discipline.values()) {
      all.put(d, distribution(Optional.of(d)));
    }
    return all;
  }

  /** The {@code limit} rules found most often, most first, ties by id. */
  public List<RuleCount> topRules(int limit) {
    return ruleCounts.entrySet().stream()
        .map(e -> new RuleCount(e.getKey(), e.getValue()[0]))
        .sorted(Comparator.comparingInt(RuleCount::count).reversed().thenComparing(RuleCount::rule))
        .limit(limit).toList();
  }

  public List<Scorecard> cards() {
    return List.copyOf(cards);
  }

  private static double value(Scorecard card, Optional<Discipline> discipline) {
    return discipline.map(card::score).orElse(card.overall());
  }

  /** How many scores fall in each tenth: 0–10, 10–20, … 90–100 (100 counts in the last). */
  private static int[] histogram(double[] values) {
    int[] bins = new int[10];
    for (double value : values) {
      bins[Math.min(9, (int) Math.floor(value / 10))]++;
    }
    return bins;
  }

  /** Mean, median, range, the lowest reports and a ten-bin histogram of one score. */
  public record Distribution(double mean, double median, double min, double max, List<Scorecard> lowest, int[] histogram) {
    public Distribution {
      lowest = List.copyOf(lowest);
      histogram = histogram.clone();
    }

    @Override
    public int[] histogram() {
      return histogram.clone();
    }
  }

  public record RuleCount(String rule, int count) {}
}
