package org.sofslint.report;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import org.sofslint.TestKit;
import org.sofslint.check.FileOutcome;
import org.sofslint.check.Finding;
import org.sofslint.check.Summary;
import org.sofslint.document.Document;
import org.sofslint.rules.RulePack;
import org.sofslint.score.Scorer;
import org.sofslint.score.ScoringRules;

/** Synthetic batches for the HTML report's tests: rules of every severity in three disciplines. */
final class HtmlBatch {
  /** Rule ids share no word with the reports, so a redacted page can be searched for report words. */
  static final RulePack PACK = TestKit.pack("""
      pack: html
      description: Rules for the HTML report tests.
      discipline: observable-behaviour
      rules:
        - id: label.temperament
          terms: [volatile]
          message: "'{match}' is a label, not a behaviour."
          reason: r
          suggest: ["Say what [name] did, when, and what it meant for [child]."]
          examples: {flag: [x], pass: [y]}
        - id: blame.family
          terms: [hard to reach]
          severity: error
          discipline: authority
          message: "'{match}' blames the family for a gap in services."
          reason: r
          suggest: ["Say what was tried: 'We have phoned three times since 2 May.'"]
          examples: {flag: [x], pass: [y]}
        - id: acronym.looked-after
          terms: [LAC]
          match-case: true
          severity: info
          discipline: plain-language
          message: "'{match}' means looked-after child & \\"jargon\\" to a family."
          reason: r
          replace: [children in care]
          suggest: ["Use the child's name."]
          examples: {flag: [x], pass: [y]}
        - id: markup.script
          pattern: '<script>[^<]*</script>'
          severity: error
          message: "'{match}' is markup, not prose."
          reason: r
          suggest: ["Quote what was written in words."]
          examples: {flag: ["<script>x</script>"], pass: [y]}
      """);

  private HtmlBatch() {}

  static FileOutcome.Checked checked(String path, Document document) {
    List<Finding> findings = TestKit.lint(PACK, document);
    return new FileOutcome.Checked(path, document, findings, !findings.isEmpty());
  }

  /** Four reports (one with no findings) and a file that could not be read. */
  static List<FileOutcome> batch() {
    return List.of(
        checked("caseload/adams.md", TestKit.markdown("""
            # Danger statement

            Social workers are worried that Dad is volatile when he has been drinking. Sam is LAC
            and the family is hard to reach.
            """)),
        checked("caseload/brook.md", TestKit.markdown("Mum was volatile on Monday and volatile again on Friday.\n")),
        checked("caseload/carter.md", TestKit.markdown("Gran collects Sam from school every day at 3pm.\n")),
        new FileOutcome.Unreadable("caseload/scan.md", "this looks like a binary file, not a text or Markdown report"),
        checked("caseload/dale.md", TestKit.markdown("Both children are LAC. The family has been hard to reach since May.\n")));
  }

  /** The page for {@code outcomes}, each checked report scored by the default scoring rules when {@code scored}. */
  static String render(List<FileOutcome> outcomes, ReportContext context, boolean scored) {
    StringWriter text = new StringWriter();
    Renderer renderer = Renderers.create(HtmlRenderer.NAME, new PrintWriter(text), false, context).orElseThrow();
    Scorer scorer = new Scorer(ScoringRules.DEFAULTS);
    Summary.Tally tally = new Summary.Tally();
    for (FileOutcome outcome : outcomes) {
      renderer.file(outcome, scored && outcome instanceof FileOutcome.Checked checked
          ? Optional.of(scorer.score(checked.path(), checked.document(), checked.findings()))
          : Optional.empty());
      tally.add(outcome);
    }
    renderer.finish(tally.summary());
    return text.toString();
  }
}
