package org.sofslint.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.csv.CSVPrinter;
import org.sofslint.check.FileOutcome;
import org.sofslint.check.Summary;
import org.sofslint.rules.Discipline;
import org.sofslint.score.Scorecard;

/** {@code score --format csv}: one row per report with its words, findings and every score. */
public final class ScoreCsvRenderer implements Renderer {
  private final CSVPrinter csv;

  ScoreCsvRenderer(PrintWriter out) {
    List<String> header = new ArrayList<>(List.of("path", "words", "findings"));
    for (Discipline d : Discipline.values()) {
      header.add(d.id());
    }
    header.add("overall");
    csv = Csv.printer(out, header.toArray(String[]::new));
  }

  @Override
  public void file(FileOutcome outcome, Optional<Scorecard> score) {
    if (!(outcome instanceof FileOutcome.Checked checked) || score.isEmpty()) {
      return;
    }
    List<Object> row = new ArrayList<>(List.of(checked.path(), score.get().words(), checked.findings().size()));
    for (Discipline d : Discipline.values()) {
      row.add(oneDecimal(score.get().score(d)));
    }
    row.add(oneDecimal(score.get().overall()));
    try {
      csv.printRecord(row);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void finish(Summary summary) {
    Csv.flush(csv);
  }

  static String oneDecimal(double score) {
    return String.format(Locale.ROOT, "%.1f", score);
  }
}
