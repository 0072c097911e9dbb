package org.sofslint.cli;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sofslint.check.Finding;
import org.sofslint.check.Rewrites;
import org.sofslint.document.Document;
import org.sofslint.read.Input;
import org.sofslint.read.InputException;
import org.sofslint.read.InputFiles;
import org.sofslint.read.WordReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sofslint fix FILE -o OUT}: a copy with every safe one-for-one rewrite applied. Filled in by picocli. */
@Command(name = "fix", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Write a copy of a Markdown or text report with every safe rewrite (replace:) applied. "
        + "Guided suggestions are never applied; the input is never changed.")
final class FixCommand implements Callable<Integer> {
  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The report to fix (.md, .markdown or .txt).")
  private Path file;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Where to write the fixed copy.")
  private Path output;

  @Option(names = "--dry-run", description = "Print a unified diff of the changes instead of writing anything.")
  private boolean dryRun;

  @Option(names = "--force", description = "Replace OUT if it exists.")
  private boolean force;

  @Mixin private PackOptions packs = new PackOptions();

  private final Environment environment;

  FixCommand(Environment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (output == null && !dryRun) {
      throw new CommandLine.ParameterException(spec.commandLine(), "give -o OUT, or --dry-run to see the changes");
    }
    List<Input> inputs = InputFiles.expand(List.of(file.toString()));
    if (inputs.size() != 1 || !(inputs.get(0) instanceof Input.File input)) {
      err.println("sofslint: " + file + ": " + (inputs.isEmpty() || !(inputs.get(0) instanceof Input.Problem problem)
          ? "not a report file" : problem.problem()));
      return ExitCode.USAGE.code();
    }
    if (input.format().equals(WordReader.NAME)) {
      err.println("sofslint: " + input.path() + ": fix rewrites Markdown and text files; for a Word document, "
          + "'sofslint annotate' writes the findings into a copy as comments");
      return ExitCode.USAGE.code();
    }
    byte[] bytes = Files.readAllBytes(input.file());
    boolean bom = bytes.length >= 3 && Arrays.equals(Arrays.copyOf(bytes, 3), UTF8_BOM);
    String text;
    try {
      text = InputFiles.read(input);
    } catch (InputException e) {
      err.println("sofslint: " + input.path() + ": " + e.getMessage());
      return ExitCode.USAGE.code();
    }
    if (!bom && !new String(bytes, StandardCharsets.UTF_8).equals(text)) {
      err.println("sofslint: " + input.path() + ": fix only rewrites UTF-8 files; save it as UTF-8 first");
      return ExitCode.USAGE.code();
    }
    if (output != null && !dryRun && !writable(input, err)) {
      return ExitCode.USAGE.code();
    }
    Optional<Setup> setup = Setups.forFile(packs, environment, input.file(), err);
    if (setup.isEmpty()) {
      return ExitCode.USAGE.code();
    }
    Document document = setup.get().readers().named(input.format()).orElseThrow().read(text);
    List<Finding> findings = setup.get().linter().check(document);
    List<Rewrites.Edit> edits = Rewrites.plan(document, text, findings);
    String fixed = Rewrites.apply(text, edits);
    if (dryRun) {
      List<String> before = List.of(text.split("\n", -1));
      List<String> after = List.of(fixed.split("\n", -1));
      UnifiedDiffUtils.generateUnifiedDiff(input.path(), input.path() + " (fixed)", before, DiffUtils.diff(before, after), 2)
          .forEach(out::println);
      out.flush();
      return ExitCode.CLEAN.code();
    }
    for (Rewrites.Edit edit : edits) {
      out.println(input.path() + ":" + edit.finding().location().line() + ":" + edit.finding().location().column() + ": '"
          + edit.finding().match() + "' → '" + edit.replacement() + "' (" + edit.finding().ruleId() + ")");
    }
    try {
      write(fixed, bom);
    } catch (AtomicFile.WriteException e) {
      err.println("sofslint: " + e.getMessage());
      return ExitCode.USAGE.code();
    }
    out.println(edits.size() + (edits.size() == 1 ? " rewrite" : " rewrites") + " written to " + output);
    out.flush();
    return ExitCode.CLEAN.code();
  }

  private boolean writable(Input.File input, PrintWriter err) throws IOException {
    if (Files.exists(output) && Files.isSameFile(output, input.file())) {
      err.println("sofslint: " + output + " is the file being fixed; sofslint never writes to its inputs");
      return false;
    }
    if (Files.exists(output) && !force) {
      err.println("sofslint: " + output + " exists; use --force to replace it");
      return false;
    }
    return true;
  }

  private void write(String fixed, boolean bom) throws IOException {
    byte[] body = fixed.getBytes(StandardCharsets.UTF_8);
    AtomicFile.write(output, bom ? concat(UTF8_BOM, body) : body);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] joined = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, joined, a.length, b.length);
    return joined;
  }
}
