package org.sofslint.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sofslint.Golden;
import org.sofslint.TestKit;
import org.sofslint.check.FileOutcome;
import org.sofslint.check.Summary;
import org.sofslint.document.Document;
import org.sofslint.rules.RulePack;

/**
 * The cases every output format must render, compared with golden files under
 * {@code golden/<format>/}. Subclassed once per format.
 */
abstract class RendererContractTest {
  static final RulePack PACK = TestKit.pack("""
      pack: contract
      description: Rules for renderer tests.
      discipline: observable-behaviour
      rules:
        - id: label.controlling
          terms: [controlling]
          message: "'{match}' is a label, not a behaviour."
          reason: r
          suggest: ["Say what [name] did, when, and what it meant for [child]."]
          examples: {flag: [x], pass: [y]}
        - id: label.hard-to-reach
          terms: [hard to reach]
          severity: error
          message: "'{match}' blames the family for a gap in services."
          reason: r
          suggest: ["Say what was tried: 'We have phoned three times since 2 May.'"]
          examples: {flag: [x], pass: [y]}
        - id: acronym.lac
          terms: [LAC]
          match-case: true
          discipline: plain-language
          message: "'{match}' means looked-after child."
          reason: r
          replace: [children in care]
          suggest: ["Use the child's name."]
          examples: {flag: [x], pass: [y]}
      """);

  /** The format's name: the golden files live in {@code golden/<name>/}. */
  abstract String format();

  abstract String extension();

  static FileOutcome.Checked checked(String path, String markdown) {
    Document document = TestKit.markdown(markdown);
    var findings = TestKit.lint(PACK, document);
    return new FileOutcome.Checked(path, document, findings, !findings.isEmpty());
  }

  private String render(List<FileOutcome> outcomes) {
    return render(outcomes, ReportContext.PLAIN);
  }

  String render(List<FileOutcome> outcomes, ReportContext context) {
    StringWriter text = new StringWriter();
    Renderer renderer = Renderers.create(format(), new PrintWriter(text), false, context).orElseThrow();
    Summary.Tally tally = new Summary.Tally();
    for (FileOutcome outcome : outcomes) {
      renderer.file(outcome, java.util.Optional.empty());
      tally.add(outcome);
    }
    renderer.finish(tally.summary());
    return text.toString();
  }

  private void golden(String name, List<FileOutcome> outcomes) {
    String first = render(outcomes);
    assertThat(render(outcomes)).as("rendering twice gives the same bytes").isEqualTo(first);
    Golden.check(Golden.RESOURCES.resolve(Path.of("golden", format(), name + "." + extension())), first);
    afterRender(first);
  }

  /** Format-specific checks on the rendered text. */
  void afterRender(String rendered) {}

  static List<FileOutcome> manyFiles() {
    return List.of(
        checked("reports/a.md", """
            # Worries

            Zoë said:\tDad is **controlling** and the family is hard to
            reach. Sam is LAC.
            """),
        checked("reports/b.md", "Nothing to see here.\n"),
        checked("reports/c.md", "| What are we worried about? | What's working well? | What needs to happen? |\n"
            + "|---|---|---|\n| Dad is controlling 😀 | Gran | Call |\n"));
  }

  @Test
  void empty() {
    golden("empty", List.of());
  }

  @Test
  void one() {
    golden("one", List.of(checked("report.md", "Dad is controlling.\n")));
  }

  @Test
  void many() {
    golden("many", manyFiles());
  }

  @Test
  void withUnreadableInputs() {
    List<FileOutcome> outcomes = new java.util.ArrayList<>(manyFiles());
    outcomes.add(1, new FileOutcome.Unreadable("reports/binary.md", "this looks like a binary file, not a text or Markdown report"));
    outcomes.add(new FileOutcome.Unreadable("reports/gone.md", "no such file or folder"));
    golden("with-unreadable", outcomes);
  }
}
