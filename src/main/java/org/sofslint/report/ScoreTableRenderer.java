package org.sofslint.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.sofslint.check.FileOutcome;
import org.sofslint.check.Summary;
import org.sofslint.rules.Discipline;
import org.sofslint.score.BatchScores;
import org.sofslint.score.Scorecard;

/**
 * {@code score} at a terminal: a table of every report's scores, then, across the batch, each
 * discipline's mean, median and lowest reports, and the rules found most often.
 */
public final class ScoreTableRenderer implements Renderer {
  public static final String NAME = "text";
  static final int TOP_RULES = 10;
  /** Short column heads, in the disciplines' order; the legend below the table names them in full. */
  private static final Map<Discipline, String> HEADS = Map.of(
      Discipline.HARM_DANGER, "harm", Discipline.STRENGTHS_SAFETY, "safety", Discipline.PLAIN_LANGUAGE, "plain",
      Discipline.OBSERVABLE_BEHAVIOUR, "behaviour", Discipline.AUTHORITY, "authority", Discipline.WORK_IN_PROGRESS, "progress");

  private final PrintWriter out;
  private final BatchScores batch = new BatchScores();
  private final List<FileOutcome.Unreadable> unreadable = new ArrayList<>();

  ScoreTableRenderer(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void file(FileOutcome outcome, Optional<Scorecard> score) {
    if (outcome instanceof FileOutcome.Checked checked && score.isPresent()) {
      batch.add(score.get(), checked.findings());
    } else if (outcome instanceof FileOutcome.Unreadable problem) {
      unreadable.add(problem);
    }
  }

  @Override
  public void finish(Summary summary) {
    List<Scorecard> cards = batch.cards();
    int width = Math.max("report".length(), cards.stream().mapToInt(c -> c.path().length()).max().orElse(0));
    StringBuilder head = new StringBuilder(pad("report", width)).append(String.format(Locale.ROOT, " %6s", "words"));
    for (Discipline d : Discipline.values()) {
      head.append(String.format(Locale.ROOT, " %9s", HEADS.get(d)));
    }
    out.print(head.append(String.format(Locale.ROOT, " %8s", "overall")).append('\n'));
    for (Scorecard card : cards) {
      StringBuilder row = new StringBuilder(pad(card.path(), width)).append(String.format(Locale.ROOT, " %6d", card.words()));
      for (Discipline d : Discipline.values()) {
        row.append(String.format(Locale.ROOT, " %9.1f", card.score(d)));
      }
      out.print(row.append(String.format(Locale.ROOT, " %8.1f", card.overall())).append('\n'));
    }
    out.print("\n" + HEADS.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .map(e -> e.getValue() + " = " + e.getKey().id()).collect(Collectors.joining(", "))
        + "; scores run from 0 to 100, higher is better\n");
    if (!cards.isEmpty()) {
      distributions();
      rules();
    }
    for (FileOutcome.Unreadable problem : unreadable) {
      out.print(problem.path() + ": cannot check: " + problem.problem() + "\n");
    }
    out.print(cards.size() + (cards.size() == 1 ? " report scored" : " reports scored")
        + (unreadable.isEmpty() ? "" : ", " + unreadable.size() + " could not be read") + "\n");
    out.flush();
  }

  private void distributions() {
    out.print(String.format(Locale.ROOT, "%nAcross %d %s:%n%-21s %6s %7s  %s%n", batch.reports(),
        batch.reports() == 1 ? "report" : "reports", "discipline", "mean", "median", "lowest"));
    for (Discipline d : Discipline.values()) {
      line(d.id(), batch.distribution(Optional.of(d)), d);
    }
    line("overall", batch.distribution(Optional.empty()), null);
  }

  private void line(String name, BatchScores.Distribution distribution, Discipline discipline) {
    String lowest = distribution.lowest().stream()
        .map(c -> c.path() + String.format(Locale.ROOT, " (%.1f)", discipline == null ? c.overall() : c.score(discipline)))
        .collect(Collectors.joining(", "));
    out.print(String.format(Locale.ROOT, "%-21s %6.1f %7.1f  %s%n", name, distribution.mean(), distribution.median(), lowest));
  }

  private void rules() {
    out.print("\nRules found most often:\n");
    for (BatchScores.RuleCount rule : batch.topRules(TOP_RULES)) {
      out.print(String.format(Locale.ROOT, "%6d  %s%n", rule.count(), rule.rule()));
    }
  }

  private static String pad(String text, int width) {
    return text + " ".repeat(Math.max(0, width - text.length()));
  }
}
