package org.sofslint.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import org.sofslint.check.FileOutcome;
import org.sofslint.check.Finding;
import org.sofslint.check.Summary;
import org.sofslint.check.UnknownRuleException;
import org.sofslint.config.ConfigLocator;
import org.sofslint.config.FailLevel;
import org.sofslint.document.Document;
import org.sofslint.read.Input;
import org.sofslint.read.InputException;
import org.sofslint.read.InputFiles;
import org.sofslint.read.MarkdownReader;
import org.sofslint.read.Readers;
import org.sofslint.read.WordReader;
import org.sofslint.report.Renderer;
import org.sofslint.report.Baseline;
import org.sofslint.report.Redactor;
import org.sofslint.report.Renderers;
import org.sofslint.report.ReportContext;
import org.sofslint.report.TextRenderer;
import org.sofslint.rules.LoadException;
import org.sofslint.rules.RuleInfo;
import org.sofslint.rules.Severity;
import org.sofslint.score.Scorecard;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sofslint check PATH…}: lints reports and prints findings. Fields are filled in by picocli. */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Check reports (.md, .markdown, .txt, .docx; folders are searched) and print what needs attention.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:nothing at or above the --fail-on level",
        "1:findings at or above the --fail-on level",
        "2:usage, config, rule pack or input error",
        "3:internal error (a bug in sofslint)"})
class CheckCommand implements Callable<Integer> {
  private static final String STDIN = "-";

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH",
      description = "Files or folders to check, or - for standard input.")
  private List<String> paths = new ArrayList<>();

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "Output format: text, json, csv, sarif (SARIF 2.1.0, for code-scanning tools) or html (one "
          + "self-contained page for supervisors and QA; best with -o); for score: text, csv or html (default: ${DEFAULT-VALUE}).")
  private String format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
  private Path output;

  @Option(names = "--annotate", paramLabel = "DIR",
      description = "Also write a copy of every Word (.docx) report into DIR, with each finding as a Word comment.")
  private Path annotateDir;

  @Option(names = "--force", description = "With --annotate: replace annotated copies that already exist.")
  private boolean force;

  @Option(names = "--redact", description = "Leave every word of the reports out of the output (names too: paths become "
      + "report-<hash>), so a summary can be shared beyond the team.")
  private boolean redact;

  @Option(names = "--baseline", paramLabel = "FILE",
      description = "Report only findings not already in FILE, written earlier by --write-baseline.")
  private Path baselineFile;

  @Option(names = "--write-baseline", paramLabel = "FILE",
      description = "Write every finding of this run to FILE, to pass to --baseline later.")
  private Path writeBaseline;

  @Option(names = {"-q", "--quiet"}, description = "No progress line on standard error.")
  private boolean quiet;

  @Mixin private PackOptions packs = new PackOptions();

  @Option(names = "--min-severity", paramLabel = "LEVEL", description = "Leave out findings below LEVEL: info, warning or error.")
  private String minSeverity;

  @Option(names = "--fail-on", paramLabel = "LEVEL",
      description = "Exit with 1 when a finding reaches LEVEL: info, warning (default), error or never.")
  private String failOn;

  @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "Check N files at a time (default: the number of processors).")
  private Integer jobs;

  @Option(names = "--no-color", description = "No colour, even on a terminal (NO_COLOR in the environment does the same).")
  private boolean noColor;

  @Option(names = "--stdin-name", paramLabel = "NAME", description = "The name to give standard input in messages.")
  private String stdinName;

  @Option(names = "--input-format", paramLabel = "FORMAT",
      description = "Read standard input as markdown or text (default: from --stdin-name, else markdown).")
  private String inputFormat;

  private final Environment environment;
  /** Annotated copies that could not be written in this run; each makes the exit code 2. */
  private final AtomicInteger annotationProblems = new AtomicInteger();
  private Optional<Baseline> baseline = Optional.empty();
  /** Where a report's Signs of Safety checks run: beside its rule matching when cores would otherwise idle. */
  private Executor withinFile = Runnable::run;

  CheckCommand(Environment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Optional<Severity> minimum = Optional.ofNullable(minSeverity).map(level -> choice("--min-severity", level,
        Severity.fromId(level), Arrays.stream(Severity.values()).map(Severity::id).toList()));
    Optional<FailLevel> failLevel = Optional.ofNullable(failOn).map(level -> choice("--fail-on", level,
        FailLevel.fromId(level), Arrays.stream(FailLevel.values()).map(FailLevel::id).toList()));
    List<String> formats = scoring() ? Renderers.SCORE_NAMES : Renderers.NAMES;
    choice("--format", format, formats.contains(format) ? Optional.of(format) : Optional.empty(), formats);
    int threads = jobs == null ? Runtime.getRuntime().availableProcessors() : jobs;
    if (threads < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--jobs must be 1 or more");
    }
    List<Input> inputs = inputs();
    if (inputs.isEmpty()) {
      err.println("sofslint: no .md, .markdown, .txt or .docx files found in " + String.join(", ", paths));
      return ExitCode.USAGE.code();
    }
    if (output != null && isAnInput(output, inputs)) {
      err.println("sofslint: " + output + " is one of the files being checked; sofslint never writes to its inputs");
      return ExitCode.USAGE.code();
    }
    if (inputs.size() < threads) {
      withinFile = new DaemonThreads("sofslint-helper");
    }
    Map<String, Setup> setups = new HashMap<>();
    if (!resolveSetups(inputs, new Setups(packs, minimum, failLevel), setups, err)) {
      return ExitCode.USAGE.code();
    }
    if (baselineFile != null) {
      try {
        baseline = Optional.of(Baseline.read(baselineFile));
      } catch (IOException e) {
        err.println("sofslint: " + baselineFile + ": cannot read the baseline: " + e.getMessage());
        return ExitCode.USAGE.code();
      }
    }
    Summary summary;
    try {
      summary = output == null
          ? report(inputs, setups, threads, spec.commandLine().getOut(), environment.colorAllowed() && !noColor)
          : reportToFile(inputs, setups, threads);
    } catch (AtomicFile.WriteException | UncheckedIOException e) {
      // A renderer's own temporary file (the HTML page's reports) fails as the output does: a full disk, not a bug.
      err.println("sofslint: " + e.getMessage());
      return ExitCode.USAGE.code();
    }
    if (summary.unreadable() > 0 || annotationProblems.get() > 0) {
      return ExitCode.USAGE.code();
    }
    if (scoring()) {
      return ExitCode.CLEAN.code();
    }
    return summary.failing() > 0 ? ExitCode.FINDINGS.code() : ExitCode.CLEAN.code();
  }

  private List<Input> inputs() {
    List<String> files = new ArrayList<>(paths);
    boolean stdin = files.removeIf(STDIN::equals);
    List<Input> inputs = new ArrayList<>(InputFiles.expand(files));
    if (stdin) {
      String name = stdinName == null ? "<stdin>" : stdinName;
      String readAs = inputFormat != null ? inputFormat : Readers.formatOf(name).orElse(MarkdownReader.NAME);
      if (readAs.equals(WordReader.NAME)) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "a Word document cannot be read from standard input; give the .docx file's path instead");
      }
      choice("--input-format", readAs, Readers.NAMES.contains(readAs) ? Optional.of(readAs) : Optional.empty(), Readers.NAMES);
      inputs.add(0, new Input.Stdin(name, readAs));
    }
    return inputs;
  }

  /** Finds and loads the setup for every input; prints every problem and says whether all loaded. */
  private boolean resolveSetups(List<Input> inputs, Setups factory, Map<String, Setup> setups, PrintWriter err) {
    ConfigLocator locator = new ConfigLocator(Optional.of(environment.userConfig()));
    boolean ok = true;
    Set<Optional<Path>> reported = new HashSet<>();
    for (Input input : inputs) {
      if (input instanceof Input.Problem) {
        continue;
      }
      Optional<Path> config = packs.config != null ? Optional.of(packs.config)
          : input instanceof Input.File file ? locator.find(file.file()) : locator.findFrom(Path.of(""));
      try {
        setups.put(input.path(), factory.forConfig(config));
      } catch (LoadException e) {
        if (reported.add(config)) {
          e.errors().forEach(err::println);
        }
        ok = false;
      } catch (UnknownRuleException e) {
        if (reported.add(config)) {
          err.println("sofslint: " + config.map(c -> c + ": ").orElse("") + e.getMessage());
        }
        ok = false;
      }
    }
    return ok;
  }

  private Summary reportToFile(List<Input> inputs, Map<String, Setup> setups, int threads)
      throws AtomicFile.WriteException {
    return AtomicFile.writeText(output, out -> report(inputs, setups, threads, out, false));
  }

  /** {@code score} prints scores instead of findings; everything else is the same run. */
  boolean scoring() {
    return false;
  }

  private Summary report(List<Input> inputs, Map<String, Setup> setups, int threads, PrintWriter out, boolean color)
      throws AtomicFile.WriteException {
    ReportContext context = context(setups, redact);
    Renderer renderer = (scoring() ? Renderers.createScore(format, out, context)
        : Renderers.create(format, out, color, context)).orElseThrow();
    Redactor redactor = new Redactor(context.rules());
    PrintWriter err = spec.commandLine().getErr();
    boolean errorsShownInReport = format.equals(TextRenderer.NAME) && output == null;
    Optional<Progress> progress = environment.errorTerminal() && !quiet && inputs.size() >= Progress.MIN_FILES
        ? Optional.of(new Progress(err, inputs.size(), System::nanoTime)) : Optional.empty();
    Optional<Baseline.Recorder> recorder = Optional.ofNullable(writeBaseline).map(file -> new Baseline.Recorder());
    Summary.Tally tally = new Summary.Tally();
    Batch.run(inputs, threads,
        input -> checkAndAnnotate(input, setups.get(input.path())),
        result -> {
          recorder.ifPresent(r -> r.add(result.outcome()));
          FileOutcome outcome = redact ? redactor.redact(result.outcome()) : result.outcome();
          progress.ifPresent(Progress::clear);
          renderer.file(outcome, result.score().map(s -> redact ? s.renamed(outcome.path()) : s));
          tally.add(outcome);
          result.annotationProblem().ifPresent(problem -> {
            err.println("sofslint: " + problem);
            annotationProblems.incrementAndGet();
          });
          if (outcome instanceof FileOutcome.Unreadable unreadable && !errorsShownInReport) {
            err.println("sofslint: " + unreadable.path() + ": " + unreadable.problem());
          }
          progress.ifPresent(Progress::fileDone);
        });
    progress.ifPresent(Progress::clear);
    Summary summary = tally.summary();
    renderer.finish(summary);
    out.flush();
    if (recorder.isPresent()) {
      AtomicFile.writeText(writeBaseline, baselineOut -> {
        recorder.get().write(baselineOut);
        return null;
      });
    }
    return summary;
  }

  /** Rule metadata from every setup in use (the setup of the first input by path to know an id wins), and the version. */
  private static ReportContext context(Map<String, Setup> setups, boolean redact) {
    Map<String, RuleInfo> rules = new HashMap<>();
    // By identity: a Setup's own hash walks every rule of every pack, and there is one entry per file.
    Set<Setup> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    setups.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(Map.Entry::getValue).filter(seen::add)
        .forEach(setup -> setup.packs().forEach(pack ->
        pack.rules().forEach(rule -> rules.putIfAbsent(rule.info().id(), rule.info()))));
    return new ReportContext(id -> Optional.ofNullable(rules.get(id)), redact, SofslintCommand.Version.number());
  }

  /**
   * A file's outcome (with the findings a baseline already holds taken out), its scorecard
   * (from every finding), and why its annotated copy could not be written, if it could not.
   */
  private record Result(FileOutcome outcome, Optional<Scorecard> score, Optional<String> annotationProblem) {}

  private Result checkAndAnnotate(Input input, Setup setup) {
    Checked result = check(input, setup);
    FileOutcome outcome = result.outcome();
    Optional<Scorecard> score = result.score();
    if (annotateDir == null || !(outcome instanceof FileOutcome.Checked checked)
        || !(input instanceof Input.File file) || !file.format().equals(WordReader.NAME)) {
      return new Result(outcome, score, Optional.empty());
    }
    Path target = Annotations.target(annotateDir, file.path());
    try {
      Optional<String> refusal = Annotations.refusal(file, target, force);
      if (refusal.isEmpty()) {
        Files.createDirectories(target.toAbsolutePath().getParent());
        Annotations.write(file, checked.findings(), target);
      }
      return new Result(outcome, score, refusal);
    } catch (AtomicFile.WriteException e) {
      return new Result(outcome, score, Optional.of(e.getMessage()));
    } catch (IOException | InputException e) {
      return new Result(outcome, score, Optional.of("cannot write " + target + ": " + e.getMessage()));
    }
  }

  /** A file's outcome and, if it was read, its scorecard. */
  private record Checked(FileOutcome outcome, Optional<Scorecard> score) {}

  private Checked check(Input input, Setup setup) {
    try {
      Document document;
      if (input instanceof Input.Problem problem) {
        return new Checked(new FileOutcome.Unreadable(problem.path(), problem.problem()), Optional.empty());
      } else if (input instanceof Input.File file) {
        document = setup.readers().read(file);
      } else {
        Input.Stdin stdin = (Input.Stdin) input;
        document = setup.readers().named(stdin.format()).orElseThrow().read(InputFiles.read(environment.stdin()));
      }
      List<Finding> all = setup.linter().check(document, withinFile);
      Scorecard score = setup.scorer().score(input.path(), document, all);
      List<Finding> findings = baseline.map(known -> known.fresh(input.path(), all)).orElse(all);
      boolean failing = findings.stream().anyMatch(f -> setup.failOn().failsOn(f.severity()));
      return new Checked(new FileOutcome.Checked(input.path(), document, findings, failing), Optional.of(score));
    } catch (InputException e) {
      return new Checked(new FileOutcome.Unreadable(input.path(), e.getMessage()), Optional.empty());
    } catch (RuntimeException e) {
      throw new CheckFailure(input.path(), e);
    }
  }

  private static boolean isAnInput(Path output, List<Input> inputs) {
    if (!Files.exists(output)) {
      return false;
    }
    for (Input input : inputs) {
      try {
        if (input instanceof Input.File file && Files.isSameFile(file.file(), output)) {
          return true;
        }
      } catch (IOException e) {
        return true;
      }
    }
    return false;
  }

  private <T> T choice(String option, String given, Optional<T> value, List<String> allowed) {
    return value.orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
        option + " must be one of " + String.join(", ", allowed) + ", not '" + given + "'"));
  }
}
