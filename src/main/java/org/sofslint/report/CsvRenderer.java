package org.sofslint.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVPrinter;
import org.sofslint.check.FileOutcome;
import org.sofslint.check.Finding;
import org.sofslint.check.Summary;
import org.sofslint.document.Location;
import org.sofslint.document.WordPlace;
import org.sofslint.score.Scorecard;

/**
 * For spreadsheets: one row per finding, written with Commons CSV (RFC 4180 quoting, CRLF), in
 * UTF-8 with a byte-order mark so that Excel reads accented names correctly. Files that could not
 * be read are not rows; the command reports them on standard error.
 */
public final class CsvRenderer implements Renderer {
  public static final String NAME = "csv";
  static final String[] HEADER = {
      "path", "line", "column", "rule", "pack", "discipline", "severity", "section", "message", "match", "suggestion"};

  private final CSVPrinter csv;

  CsvRenderer(PrintWriter out) {
    csv = Csv.printer(out, HEADER);
  }

  @Override
  public void file(FileOutcome outcome, Optional<Scorecard> score) {
    if (!(outcome instanceof FileOutcome.Checked checked)) {
      return;
    }
    try {
      for (Finding f : checked.findings()) {
        Location at = f.location();
        csv.printRecord(checked.path(), at.word().map(WordPlace::label).orElse(String.valueOf(at.line())), at.column(),
            f.ruleId(), f.pack(), f.discipline().id(), f.severity().id(), f.section().id(), f.message(), f.match(),
            f.suggestions().stream().map(s -> s.text()).collect(Collectors.joining("\n")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void finish(Summary summary) {
    Csv.flush(csv);
  }
}
