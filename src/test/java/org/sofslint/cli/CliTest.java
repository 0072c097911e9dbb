package org.sofslint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CliTest {
  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  /** {@code check} with the Signs of Safety pack off: these tests are about options, not structure. */
  private static Cli.Result check(String... args) {
    String[] all = new String[args.length + 3];
    all[0] = "check";
    all[1] = "--disable";
    all[2] = "signs-of-safety";
    System.arraycopy(args, 0, all, 3, args.length);
    return Cli.run(all);
  }

  private static JsonNode json(String text) throws IOException {
    return new ObjectMapper().readTree(text);
  }

  @Test
  void versionAndHelp() {
    Cli.Result version = Cli.run("--version");
    assertThat(version.code()).isZero();
    assertThat(version.out()).matches("sofslint \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R");
    Cli.Result help = Cli.run("--help");
    assertThat(help.code()).isZero();
    assertThat(help.out()).contains("check", "rules", "explain", "fix", "annotate", "score");
    Cli.Result checkHelp = check("--help");
    assertThat(checkHelp.out()).contains("--fail-on", "--format", "--jobs", "--stdin-name", "Exit codes");
  }

  @Test
  void usageErrorsExitWithTwo() {
    assertThat(Cli.run().code()).isEqualTo(2);
    assertThat(Cli.run("check").code()).isEqualTo(2);
    assertThat(Cli.run("frobnicate").code()).isEqualTo(2);
    // Only a named command's model is built; a typo is still matched against every command.
    assertThat(Cli.run("chek").err()).contains("Did you mean: sofslint check");
    assertThat(Cli.run("scor").err()).contains("Did you mean: sofslint score");
    Cli.Result badFormat = check("--format", "xml", "x.md");
    assertThat(badFormat.code()).isEqualTo(2);
    assertThat(badFormat.err()).contains("--format must be one of csv, html, json, sarif, text, not 'xml'");
    assertThat(check("--jobs", "0", "x.md").code()).isEqualTo(2);
  }

  @Test
  void exitCodeFollowsTheFailLevel() throws IOException {
    Path clean = write("clean.md", "Mum takes Sam to school every day.\n");
    Path label = write("label.md", "Dad is controlling.\n");
    Cli.Result ok = check(clean.toString());
    assertThat(ok.code()).isZero();
    assertThat(ok.out()).isEqualTo("1 file checked: no findings\n");
    assertThat(check(label.toString()).code()).isEqualTo(1);
    assertThat(check("--fail-on", "error", label.toString()).code()).isZero();
    assertThat(check("--fail-on", "never", label.toString()).code()).isZero();
    assertThat(check("--fail-on", "sometimes", label.toString()).code()).isEqualTo(2);
  }

  @Test
  void minSeverityLeavesOutFindingsBelowIt() throws IOException {
    Path label = write("label.md", "Dad is controlling.\n");
    Cli.Result result = check("--min-severity", "error", label.toString());
    assertThat(result.code()).isZero();
    assertThat(result.out()).endsWith("1 file checked: no findings\n");
  }

  @Test
  void jsonOutputAndOutputFile() throws IOException {
    Path label = write("label.md", "Dad is controlling.\n");
    Cli.Result result = check("--format", "json", label.toString());
    JsonNode finding = json(result.out()).get("files").get(0).get("findings").get(0);
    assertThat(finding.get("rule").asText()).isEqualTo("label.controlling");
    assertThat(finding.get("line").asInt()).isEqualTo(1);
    assertThat(finding.get("column").asInt()).isEqualTo(8);
    Path report = dir.resolve("out/report.json");
    Files.createDirectories(report.getParent());
    Cli.Result toFile = check("--format", "json", "--output", report.toString(), label.toString());
    assertThat(toFile.code()).isEqualTo(1);
    assertThat(toFile.out()).isEmpty();
    assertThat(Files.readString(report)).isEqualTo(result.out());
    assertThat(Files.list(report.getParent())).containsExactly(report);
  }

  @Test
  void anOutputThatCannotBeWrittenSaysWhyInOneLine() throws IOException {
    Path label = write("label.md", "Dad is controlling.\n");
    Cli.Result noFolder = check("--format", "json", "--output", dir.resolve("gone/report.json").toString(), label.toString());
    assertThat(noFolder.code()).isEqualTo(2);
    assertThat(noFolder.err().strip()).isEqualTo("sofslint: cannot write " + dir.resolve("gone/report.json")
        + ": there is no folder " + dir.resolve("gone").toAbsolutePath());
    Cli.Result folder = check("--format", "json", "--output", dir.toString(), label.toString());
    assertThat(folder.code()).isEqualTo(2);
    assertThat(folder.err().strip()).isEqualTo("sofslint: cannot write " + dir + ": it is a folder");
    assertThat(Files.list(dir)).containsExactly(label);
  }

  /** The HTML page keeps its reports in a temporary file until its summary is written; a missing temp folder is the machine's problem. */
  @Test
  void anHtmlPageWhoseTemporaryFileCannotBeMadeIsOneLineNotAnInternalError() throws Exception {
    Path label = write("label.md", "Dad is controlling.\n");
    Path missing = dir.resolve("no-temp");
    Path jvm = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process = new ProcessBuilder(jvm.toString(), "-Djava.io.tmpdir=" + missing, "-cp", System.getProperty("java.class.path"),
        "org.sofslint.cli.Main", "check", "--quiet", "--format", "html", "--output", dir.resolve("page.html").toString(),
        label.toString()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(output.strip()).isEqualTo("sofslint: cannot make a temporary file for the report in " + missing
        + " (java.io.tmpdir): there is no such folder");
    assertThat(process.exitValue()).isEqualTo(2);
    assertThat(Files.list(dir)).containsExactly(label);
  }

  /** Running out of memory is a bug (exit 3, never 1, which says "findings"), and the message says how to give more. */
  @Test
  void runningOutOfMemoryIsAnInternalErrorThatSaysHowToGiveMore() {
    InputStream exhausted = new InputStream() {
      @Override
      public int read() {
        throw new OutOfMemoryError("Java heap space");
      }
    };
    Cli.Result result = Cli.run(new Environment(exhausted, Map.of(), Path.of("no-user-config.yml"), false), "check", "-");
    assertThat(result.code()).isEqualTo(3);
    assertThat(result.err()).startsWith("sofslint: internal error").contains("java.lang.OutOfMemoryError: Java heap space")
        .containsPattern("sofslint: it ran out of memory, with a heap of \\d+ MB; SOFSLINT_JAVA_OPTS=-Xmx1g gives it more");
  }

  @Test
  void theOutputMayNeverBeAnInput() throws IOException {
    Path label = write("label.md", "Dad is controlling.\n");
    Cli.Result result = check("--output", label.toString(), label.toString());
    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err()).contains("never writes to its inputs");
    assertThat(Files.readString(label)).isEqualTo("Dad is controlling.\n");
  }

  @Test
  void enableAndDisableRulesOrPacks() throws IOException {
    Path label = write("label.md", "Dad is controlling and in denial. Sam is LAC.\n");
    assertThat(json(check("--format", "json", "--disable", "label.controlling,acronyms", label.toString()).out())
        .findValuesAsText("rule")).containsExactly("label.in-denial");
    assertThat(json(check("--format", "json", "--disable", "judgement-labels", "--enable", "label.in-denial",
        "--disable", "acronyms", label.toString()).out()).findValuesAsText("rule")).containsExactly("label.in-denial");
    Cli.Result typo = check("--disable", "label.controling", label.toString());
    assertThat(typo.code()).isEqualTo(2);
    assertThat(typo.err()).contains("unknown rule or pack 'label.controling' (did you mean 'label.controlling'?)");
  }

  @Test
  void extraPacksAreLoadedAndBadOnesRefusedWithTheirPlace() throws IOException {
    Path report = write("r.md", "The plan was signed off.\n");
    Path pack = write("packs/ours.yml", """
        pack: ours
        description: Our authority's words.
        discipline: plain-language
        rules:
          - id: ours.signed-off
            terms: [signed off]
            message: "'{match}' is office talk."
            reason: Families do not say it.
            suggest: ["Say who agreed the plan."]
            examples: {flag: ["It was signed off."], pass: ["She signed the form."]}
        """);
    assertThat(json(check("--format", "json", "--rules", pack.toString(), report.toString()).out())
        .findValuesAsText("rule")).containsExactly("ours.signed-off");
    Path bad = write("packs/bad.yml", "pack: bad\ndescription: x\ndiscipline: plain-language\nrules:\n  - id: bad.one\n    term: [x]\n");
    Cli.Result refused = check("--rules", dir.resolve("packs").toString(), report.toString());
    assertThat(refused.code()).isEqualTo(2);
    assertThat(refused.err()).contains(bad.toString() + ":6:5: unknown key 'term' (did you mean 'terms'?)");
    assertThat(refused.out()).isEmpty();
  }

  @Test
  void aTemplateNamesSectionsTheWayAnAuthoritysFormDoes() throws IOException {
    Path report = write("r.md", "## What might happen if nothing changes\nDad is controlling.\n");
    Path template = write("ours.yml", """
        template: ours
        description: Our form.
        extends: default
        sections:
          danger: [What might happen if nothing changes]
        """);
    assertThat(json(check("--format", "json", report.toString()).out()).findValuesAsText("section"))
        .containsExactly("other");
    assertThat(json(check("--format", "json", "--template", template.toString(), report.toString()).out())
        .findValuesAsText("section")).containsExactly("danger");
  }

  @Test
  void aTemplateSaysWhichPartsAReportMustHave() throws IOException {
    Path report = write("screening.md", "## Reason for referral\nThe school rang on Monday.\n");
    JsonNode defaults = json(Cli.run("check", "--format", "json", report.toString()).out());
    assertThat(defaults.findValuesAsText("rule").stream().filter("structure.missing-part"::equals)).hasSize(6);
    Path template = write("mash.yml", """
        template: mash
        description: Our MASH screening form.
        extends: default
        required:
          - danger
          - [next-steps, needs-to-happen]
        """);
    JsonNode findings = json(Cli.run("check", "--format", "json", "--template", template.toString(),
        report.toString()).out()).get("files").get(0).get("findings");
    assertThat(findings.findValuesAsText("message"))
        .containsExactly("This report has no section for danger statements.", "This report has no section for next steps.");
    assertThat(findings.get(0).get("line").asInt()).isEqualTo(1);
    assertThat(findings.get(0).get("column").asInt()).isEqualTo(1);
  }

  @Test
  void everyBuiltInRuleCanBeExplained() {
    for (org.sofslint.rules.RulePack pack : org.sofslint.rules.Builtins.packs()) {
      for (org.sofslint.rules.Rule rule : pack.rules()) {
        Cli.Result explain = Cli.run("explain", rule.id());
        assertThat(explain.code()).as(rule.id()).isZero();
        assertThat(explain.out()).as(rule.id()).startsWith(rule.id() + "\n").contains("Why:", "Flagged:");
      }
    }
    assertThat(Cli.run("explain", "danger.no-future").out()).contains("Check:    danger-statement.no-future");
  }

  @Test
  void theNearestConfigFileAppliesToEachFile() throws IOException {
    Path strict = write("team-a/r.md", "Dad is controlling.\n");
    Path relaxed = write("team-b/cases/r.md", "Dad is controlling.\n");
    write("team-b/.sofslint.yml", "disable: [label.controlling]\n");
    Cli.Result result = check("--format", "json", dir.toString());
    JsonNode files = json(result.out()).get("files");
    assertThat(files.get(0).get("path").asText()).endsWith("team-a/r.md");
    assertThat(files.get(0).get("findings")).hasSize(1);
    assertThat(files.get(1).get("path").asText()).endsWith("team-b/cases/r.md");
    assertThat(files.get(1).get("findings")).isEmpty();
    Path config = write("strict.yml", "fail-on: never\n");
    assertThat(check("--config", config.toString(), strict.toString(), relaxed.toString()).code()).isZero();
    write("team-b/.sofslint.yml", "disabel: [label.controlling]\n");
    Cli.Result broken = check(dir.toString());
    assertThat(broken.code()).isEqualTo(2);
    assertThat(broken.err()).contains(".sofslint.yml:1:1: unknown key 'disabel' (did you mean 'disable'?)");
  }

  @Test
  void standardInputWithANameAndFormat() {
    Cli.Result markdown = Cli.runWithStdin("Dad is **controlling**.\n", "check", "--disable", "signs-of-safety", "-");
    assertThat(markdown.code()).isEqualTo(1);
    assertThat(markdown.out()).startsWith("<stdin>:1:10: warning label.controlling");
    Cli.Result named = Cli.runWithStdin("HARM\n\nDad is controlling.\n", "check", "--disable", "signs-of-safety", "--format", "json", "--stdin-name",
        "draft.txt", "-");
    assertThat(named.out()).contains("\"path\" : \"draft.txt\"", "\"section\" : \"past-harm\"");
    Cli.Result forced = Cli.runWithStdin("**controlling**\n", "check", "--disable", "signs-of-safety", "--stdin-name", "draft.txt",
        "--input-format", "markdown", "-");
    assertThat(forced.out()).startsWith("draft.txt:1:3:");
    Cli.Result word = Cli.runWithStdin("PK", "check", "--stdin-name", "draft.docx", "-");
    assertThat(word.code()).isEqualTo(2);
    assertThat(word.err()).contains("a Word document cannot be read from standard input; give the .docx file's path instead");
  }

  @Test
  void outputIsTheSameWhateverTheNumberOfThreads() throws IOException {
    for (int i = 0; i < 30; i++) {
      write("batch/r" + i + ".md", "# Worries\n\nReport " + i + ": Dad is controlling; Mum is in denial. Sam is LAC.\n");
    }
    Cli.Result one = check("--jobs", "1", "--format", "json", dir.resolve("batch").toString());
    Cli.Result four = check("--jobs", "4", "--format", "json", dir.resolve("batch").toString());
    assertThat(four.out()).isEqualTo(one.out());
    assertThat(json(one.out()).get("files")).hasSize(30);
  }

  @Test
  void colourOnlyOnATerminalAndNeverWithNoColor() throws IOException {
    Path label = write("label.md", "Dad is controlling.\n");
    Environment terminal = new Environment(new ByteArrayInputStream(new byte[0]), Map.of(), Path.of("none"), true);
    assertThat(Cli.run(terminal, "check", "--disable", "signs-of-safety", label.toString()).out()).contains("\u001b[");
    assertThat(Cli.run(terminal, "check", "--disable", "signs-of-safety", "--no-color", label.toString()).out()).doesNotContain("\u001b[");
    Environment noColor = new Environment(new ByteArrayInputStream(new byte[0]), Map.of("NO_COLOR", "1"), Path.of("none"), true);
    assertThat(Cli.run(noColor, "check", "--disable", "signs-of-safety", label.toString()).out()).doesNotContain("\u001b[");
    assertThat(check(label.toString()).out()).doesNotContain("\u001b[");
  }

  @Test
  void rulesListsEveryRuleAndExplainDescribesOne() {
    Cli.Result rules = Cli.run("rules", "--disable", "acronyms");
    assertThat(rules.code()).isZero();
    assertThat(rules.out()).containsPattern("label\\.controlling\\s+judgement-labels\\s+observable-behaviour\\s+warning")
        .containsPattern("acronym\\.lac\\s+acronyms\\s+plain-language\\s+off");
    Cli.Result explain = Cli.run("explain", "label.controlling");
    assertThat(explain.code()).isZero();
    assertThat(explain.out()).contains("label.controlling", "Why:", "Flagged:", "Not flagged:", "rules/judgement-labels.yml:");
    Cli.Result unknown = Cli.run("explain", "label.controling");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).contains("did you mean 'label.controlling'?");
  }

  @Test
  void anInternalErrorSaysItIsABugAndWhere() {
    CommandLine line = SofslintCommand.commandLine(
        new Environment(new ByteArrayInputStream(new byte[0]), Map.of(), Path.of("none"), false), new String[0]);
    line.addSubcommand("boom", new CommandLine(new Boom()));
    java.io.StringWriter err = new java.io.StringWriter();
    line.setErr(new java.io.PrintWriter(err));
    assertThat(line.execute("boom")).isEqualTo(3);
    assertThat(err.toString()).contains("internal error", "a bug in sofslint", "IllegalStateException: kaput", "at org.sofslint.cli.CliTest$Boom");
  }

  @CommandLine.Command(name = "boom")
  static final class Boom implements Runnable {
    @Override
    public void run() {
      throw new IllegalStateException("kaput");
    }
  }
}
