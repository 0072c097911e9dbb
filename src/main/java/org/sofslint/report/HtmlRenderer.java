package org.sofslint.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.owasp.encoder.Encode;
import org.sofslint.check.FileOutcome;
import org.sofslint.check.Finding;
import org.sofslint.check.Summary;
import org.sofslint.document.Location;
import org.sofslint.document.WordPlace;
import org.sofslint.rules.Discipline;
import org.sofslint.rules.Severity;
import org.sofslint.rules.Suggestion;
import org.sofslint.score.BatchScores;
import org.sofslint.score.Scorecard;

/**
 * For supervisors and QA teams: one self-contained HTML page (style, script and charts inline,
 * nothing fetched) with the batch's totals and score distributions, the most frequent rules,
 * and each report's scores and findings in context, filterable by severity and discipline.
 * The summary comes first but is known only at the end, so each report's section is written as
 * the report arrives into a {@link SpillFile} and copied in after it: a batch of any size holds
 * only a line per report (its path, finding count and score) and the batch's scores. Every piece
 * of text is escaped with the OWASP encoder for the place it goes.
 */
public final class HtmlRenderer implements Renderer {
  public static final String NAME = "html";
  static final int TOP_RULES = 10;

  private static final List<Severity> SEVERITIES = List.of(Severity.ERROR, Severity.WARNING, Severity.INFO);

  private final PrintWriter out;
  private final ReportContext context;
  private final List<ReportLine> reports = new ArrayList<>();
  private final SpillFile sections = new SpillFile();
  private int findingsTotal;
  private final List<FileOutcome.Unreadable> unreadable = new ArrayList<>();
  private final BatchScores batch = new BatchScores();

  /** A checked report as the list of reports shows it. */
  private record ReportLine(String path, int findings, Optional<Scorecard> score) {}

  HtmlRenderer(PrintWriter out, ReportContext context) {
    this.out = out;
    this.context = context;
  }

  @Override
  public void file(FileOutcome outcome, Optional<Scorecard> score) {
    if (outcome instanceof FileOutcome.Unreadable problem) {
      unreadable.add(problem);
      return;
    }
    FileOutcome.Checked checked = (FileOutcome.Checked) outcome;
    reports.add(new ReportLine(checked.path(), checked.findings().size(), score));
    findingsTotal += checked.findings().size();
    report(sections.writer(), checked, score, "report-" + reports.size());
    score.ifPresent(card -> batch.add(card, checked.findings()));
  }

  @Override
  public void finish(Summary summary) {
    out.print("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.print("<meta http-equiv=\"Content-Security-Policy\" content=\""
        + Encode.forHtmlAttribute(HtmlAssets.CONTENT_SECURITY_POLICY) + "\">\n");
    out.print("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.print("<title>sofslint report</title>\n<style>" + HtmlAssets.STYLE + "</style>\n</head>\n<body>\n");
    out.print("<header>\n<h1>sofslint report</h1>\n</header>\n<main>\n");
    summary(summary);
    distributions();
    topRules();
    reportList();
    findings(summary);
    unreadableFiles();
    out.print("</main>\n<footer>\n<p>Made by sofslint " + Encode.forHtml(context.version())
        + ". Scores run from 0 to 100; higher is better.</p>\n</footer>\n");
    out.print("<script>" + HtmlAssets.SCRIPT + "</script>\n</body>\n</html>\n");
    out.flush();
  }

  private void summary(Summary summary) {
    out.print("<section aria-labelledby=\"summary\">\n<h2 id=\"summary\">Summary</h2>\n<table>\n");
    row("Files checked", String.valueOf(summary.checked()));
    row("Could not be read", String.valueOf(summary.unreadable()));
    for (Severity severity : SEVERITIES) {
      row("Findings: " + severity.id(), String.valueOf(summary.findings(severity)));
    }
    if (batch.reports() > 0) {
      BatchScores.Distribution overall = batch.distribution(Optional.empty());
      row("Overall score: mean", number(overall.mean()));
      row("Overall score: median", number(overall.median()));
    }
    out.print("</table>\n</section>\n");
  }

  private void row(String label, String value) {
    out.print("<tr><th scope=\"row\">" + Encode.forHtml(label) + "</th><td class=\"number\">"
        + Encode.forHtml(value) + "</td></tr>\n");
  }

  private void distributions() {
    if (batch.reports() == 0) {
      return;
    }
    out.print("<section aria-labelledby=\"distributions\">\n<h2 id=\"distributions\">Scores across the reports</h2>\n");
    out.print("<p>How many reports scored 0–10, 10–20, … 90–100, per practice discipline.</p>\n<ul class=\"charts\">\n");
    chart("overall", batch.distribution(Optional.empty()));
    batch.distributions().forEach((discipline, distribution) -> chart(discipline.id(), distribution));
    out.print("</ul>\n</section>\n");
  }

  private void chart(String name, BatchScores.Distribution distribution) {
    String captionId = "chart-" + name;
    out.print("<li><figure>\n" + ScoreChart.svg(distribution, captionId) + "\n<figcaption id=\""
        + Encode.forHtmlAttribute(captionId) + "\"><strong>" + Encode.forHtml(name) + "</strong>: mean "
        + number(distribution.mean()) + ", median " + number(distribution.median()) + ", lowest "
        + number(distribution.min()) + ", highest " + number(distribution.max()) + "</figcaption>\n</figure></li>\n");
  }

  private void topRules() {
    List<BatchScores.RuleCount> top = batch.topRules(TOP_RULES);
    if (top.isEmpty()) {
      return;
    }
    out.print("<section aria-labelledby=\"top-rules\">\n<h2 id=\"top-rules\">Most frequent rules</h2>\n");
    out.print("<table>\n<thead><tr><th scope=\"col\">Rule</th><th scope=\"col\">Findings</th></tr></thead>\n<tbody>\n");
    for (BatchScores.RuleCount rule : top) {
      out.print("<tr><td><code>" + Encode.forHtml(rule.rule()) + "</code></td><td class=\"number\">"
          + rule.count() + "</td></tr>\n");
    }
    out.print("</tbody>\n</table>\n</section>\n");
  }

  /** Every report with its finding count and overall score, each linking to its section below. */
  private void reportList() {
    if (reports.isEmpty()) {
      return;
    }
    out.print("<section aria-labelledby=\"reports\">\n<h2 id=\"reports\">Reports</h2>\n");
    out.print("<table>\n<thead><tr><th scope=\"col\">Report</th><th scope=\"col\">Findings</th>"
        + "<th scope=\"col\">Overall score</th></tr></thead>\n<tbody>\n");
    for (int i = 0; i < reports.size(); i++) {
      ReportLine report = reports.get(i);
      Optional<Scorecard> card = report.score();
      out.print("<tr><td><a href=\"#report-" + (i + 1) + "\">" + Encode.forHtml(report.path()) + "</a></td>"
          + "<td class=\"number\">" + report.findings() + "</td><td class=\"number\">"
          + card.map(c -> number(c.overall())).orElse("–") + "</td></tr>\n");
    }
    out.print("</tbody>\n</table>\n</section>\n");
  }

  /** The filters, then every report's scores and findings, as written when each arrived. */
  private void findings(Summary summary) {
    out.print("<section aria-labelledby=\"findings\">\n<h2 id=\"findings\">Findings</h2>\n");
    filters(summary);
    out.print("<p aria-live=\"polite\">Showing <span id=\"shown-total\">" + findingsTotal + "</span> of " + findingsTotal
        + " findings.</p>\n");
    sections.copyTo(out);
    out.print("</section>\n");
  }

  /** Hidden until the script shows it: without JavaScript the controls would do nothing. */
  private void filters(Summary summary) {
    out.print("<form id=\"filters\" hidden>\n<fieldset>\n<legend>Severity</legend>\n");
    for (Severity severity : SEVERITIES) {
      String id = "severity-" + severity.id();
      out.print("<label for=\"" + id + "\"><input type=\"checkbox\" id=\"" + id + "\" name=\"severity\" value=\""
          + Encode.forHtmlAttribute(severity.id()) + "\" checked> " + Encode.forHtml(severity.id()) + " ("
          + summary.findings(severity) + ")</label>\n");
    }
    out.print("</fieldset>\n<label for=\"discipline\">Discipline</label>\n<select id=\"discipline\" name=\"discipline\">\n");
    out.print("<option value=\"\">all disciplines</option>\n");
    for (Discipline discipline : Discipline.values()) {
      out.print("<option value=\"" + Encode.forHtmlAttribute(discipline.id()) + "\">" + Encode.forHtml(discipline.id())
          + "</option>\n");
    }
    out.print("</select>\n</form>\n");
  }

  /** A report's section: its scores, then each finding with its words in context (none when redacting). */
  private void report(PrintWriter to, FileOutcome.Checked report, Optional<Scorecard> score, String id) {
    to.print("<section class=\"report\" aria-labelledby=\"" + id + "\">\n<h3 id=\"" + id + "\">"
        + Encode.forHtml(report.path()) + "</h3>\n");
    score.ifPresent(card -> scorecard(to, card));
    int count = report.findings().size();
    to.print("<p><span class=\"shown\">" + count + "</span> of " + count + " findings shown.</p>\n");
    if (count > 0) {
      to.print("<ol class=\"findings\">\n");
      for (Finding finding : report.findings()) {
        finding(to, finding, context.redact() ? "" : excerpt(Excerpt.of(report.document(), finding.span())));
      }
      to.print("</ol>\n");
    }
    to.print("</section>\n");
  }

  private static void scorecard(PrintWriter to, Scorecard card) {
    to.print("<table class=\"scores\">\n<caption>Scores</caption>\n"
        + "<thead><tr><th scope=\"col\">Discipline</th><th scope=\"col\">Score</th><th scope=\"col\">Findings</th></tr></thead>\n<tbody>\n");
    for (Discipline discipline : Discipline.values()) {
      Scorecard.DisciplineScore score = card.disciplines().get(discipline);
      to.print("<tr><th scope=\"row\">" + Encode.forHtml(discipline.id()) + "</th><td class=\"number\">"
          + number(score.score()) + "</td><td class=\"number\">" + score.findings() + "</td></tr>\n");
    }
    to.print("<tr><th scope=\"row\">overall</th><td class=\"number\">" + number(card.overall()) + "</td><td></td></tr>\n");
    to.print("</tbody>\n</table>\n");
  }

  /** A finding; {@code excerpt} is its words in context as HTML, or empty when redacting. */
  private static void finding(PrintWriter to, Finding finding, String excerpt) {
    String severity = finding.severity().id();
    to.print("<li class=\"finding\" data-severity=\"" + Encode.forHtmlAttribute(severity) + "\" data-discipline=\""
        + Encode.forHtmlAttribute(finding.discipline().id()) + "\">\n");
    to.print("<p><span class=\"severity severity-" + Encode.forHtmlAttribute(severity) + "\">"
        + Encode.forHtml(severity) + "</span> " + Encode.forHtml(finding.message()) + "</p>\n");
    to.print("<p class=\"rule\"><code>" + Encode.forHtml(finding.ruleId()) + "</code> · "
        + Encode.forHtml(finding.discipline().id()) + " · <span class=\"where\">" + Encode.forHtml(where(finding.location()))
        + ", " + Encode.forHtml(finding.section().title()) + "</span></p>\n");
    to.print(excerpt);
    if (!finding.suggestions().isEmpty()) {
      to.print("<ul class=\"suggestions\">\n");
      for (Suggestion suggestion : finding.suggestions()) {
        String label = suggestion instanceof Suggestion.Rewrite ? "Rewrite: " : "Suggestion: ";
        to.print("<li><strong>" + label + "</strong>" + Encode.forHtml(suggestion.text()) + "</li>\n");
      }
      to.print("</ul>\n");
    }
    to.print("</li>\n");
  }

  private static String excerpt(Excerpt words) {
    return "<p class=\"excerpt\">" + Encode.forHtml(words.before()) + "<mark>" + Encode.forHtml(words.match())
        + "</mark>" + Encode.forHtml(words.after()) + "</p>\n";
  }

  private void unreadableFiles() {
    if (unreadable.isEmpty()) {
      return;
    }
    out.print("<section aria-labelledby=\"unreadable\">\n<h2 id=\"unreadable\">Could not be read</h2>\n<ul>\n");
    for (FileOutcome.Unreadable problem : unreadable) {
      out.print("<li><code>" + Encode.forHtml(problem.path()) + "</code>: " + Encode.forHtml(problem.problem()) + "</li>\n");
    }
    out.print("</ul>\n</section>\n");
  }

  /** Line and column, or the Word place (never its heading, which is document text). */
  private static String where(Location at) {
    return at.word().map(WordPlace::label).map(place -> place + ", column " + at.column())
        .orElse("line " + at.line() + ", column " + at.column());
  }

  private static String number(double value) {
    return String.format(Locale.ROOT, "%.0f", value);
  }
}
