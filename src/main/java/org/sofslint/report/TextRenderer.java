package org.sofslint.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sofslint.check.FileOutcome;
import org.sofslint.check.Finding;
import org.sofslint.check.Summary;
import org.sofslint.score.Scorecard;
import org.sofslint.document.Location;
import org.sofslint.document.WordPlace;
import org.sofslint.read.WordText;
import org.sofslint.rules.Severity;
import org.sofslint.rules.Suggestion;

/**
 * For people at a terminal: {@code path:line:col: severity rule-id message}, the source line
 * with the match underlined, the suggestions, and a last line of totals. Colour only when asked.
 */
public final class TextRenderer implements Renderer {
  public static final String NAME = "text";

  private static final String RESET = "\u001b[0m";
  private static final String BOLD = "\u001b[1m";
  private static final String DIM = "\u001b[2m";
  private static final String RED = "\u001b[31m";
  private static final String YELLOW = "\u001b[33m";
  private static final String CYAN = "\u001b[36m";

  private final PrintWriter out;
  private final boolean color;
  private final boolean redact;

  TextRenderer(PrintWriter out, boolean color, boolean redact) {
    this.out = out;
    this.color = color;
    this.redact = redact;
  }

  @Override
  public void file(FileOutcome outcome, Optional<Scorecard> score) {
    if (outcome instanceof FileOutcome.Unreadable unreadable) {
      out.print(paint(BOLD, unreadable.path()) + ": " + paint(RED, "cannot check") + ": " + unreadable.problem() + "\n");
      return;
    }
    FileOutcome.Checked checked = (FileOutcome.Checked) outcome;
    for (Finding finding : checked.findings()) {
      Location at = finding.location();
      String colour = colour(finding.severity());
      String where = at.word().map(WordPlace::label).orElse(String.valueOf(at.line()));
      out.print(paint(BOLD, checked.path() + ":" + where + ":" + at.column()) + ": "
          + paint(colour, finding.severity().id()) + " " + paint(DIM, finding.ruleId()) + " "
          + finding.message() + "\n");
      if (!redact) {
        context(checked, finding, colour);
      }
      for (Suggestion suggestion : finding.suggestions()) {
        String label = suggestion instanceof Suggestion.Rewrite ? "rewrite: " : "suggestion: ";
        out.print("    " + label + suggestion.text() + "\n");
      }
      out.print("\n");
    }
  }

  /** The heading a Word paragraph sits under, and the line with the match underlined. */
  private void context(FileOutcome.Checked checked, Finding finding, String colour) {
    Location at = finding.location();
    if (at.word().isPresent() && !at.word().get().heading().isEmpty()) {
      out.print("    under heading: " + at.word().get().heading() + "\n");
    }
    String line = checked.document().sourceMap().line(at.line());
    int lineEnd = line.codePointCount(0, line.length()) + 1;
    int start = at.column();
    int end = at.endLine() == at.line() ? at.endColumn() : lineEnd;
    // A Word paragraph may hold manual line breaks: show only the line the finding starts on.
    int startIndex = line.offsetByCodePoints(0, Math.min(start, lineEnd) - 1);
    int from = line.lastIndexOf(WordText.LINE_BREAK, startIndex - 1) + 1;
    int to = line.indexOf(WordText.LINE_BREAK, startIndex);
    String shown = line.substring(from, to < 0 ? line.length() : to);
    int shift = line.codePointCount(0, from);
    int shownEnd = shown.codePointCount(0, shown.length()) + 1;
    out.print("    " + shown + "\n");
    out.print("    " + paint(colour, underline(shown, start - shift, Math.min(end - shift, shownEnd))) + "\n");
  }

  @Override
  public void finish(Summary summary) {
    List<String> counts = new ArrayList<>();
    for (Severity severity : List.of(Severity.ERROR, Severity.WARNING, Severity.INFO)) {
      int n = summary.findings(severity);
      if (n > 0) {
        counts.add(n + " " + plural(n, severity.id(), severity == Severity.INFO ? "info" : severity.id() + "s"));
      }
    }
    StringBuilder line = new StringBuilder();
    line.append(summary.checked()).append(' ').append(plural(summary.checked(), "file", "files")).append(" checked");
    if (summary.unreadable() > 0) {
      line.append(", ").append(summary.unreadable()).append(" could not be read");
    }
    line.append(": ").append(counts.isEmpty() ? "no findings" : String.join(", ", counts));
    out.print(paint(BOLD, line.toString()) + "\n");
    out.flush();
  }

  /** Carets under the match; tabs are kept so the carets line up under tabbed text. */
  private static String underline(String line, int start, int end) {
    StringBuilder marks = new StringBuilder();
    int column = 1;
    for (int i = 0; i < line.length() && column < start; i += Character.charCount(line.codePointAt(i))) {
      marks.append(line.charAt(i) == '\t' ? '\t' : ' ');
      column++;
    }
    marks.append("^".repeat(Math.max(1, end - start)));
    return marks.toString();
  }

  private static String colour(Severity severity) {
    return switch (severity) {
      case ERROR -> RED;
      case WARNING -> YELLOW;
      case INFO -> CYAN;
    };
  }

  private String paint(String code, String text) {
    return color ? code + text + RESET : text;
  }

  private static String plural(int n, String one, String many) {
    return n == 1 ? one : many;
  }
}
