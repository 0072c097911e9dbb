package org.sofslint.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sofslint.check.Finding;
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

/** {@code sofslint annotate IN.docx -o OUT.docx}: a copy of a Word report with each finding as a comment. Filled in by picocli. */
@Command(name = "annotate", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Write a copy of a Word (.docx) report with one Word comment per finding, on the words it is about. "
        + "The input is never changed.")
final class AnnotateCommand implements Callable<Integer> {
  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "IN", description = "The Word report to check (.docx).")
  private Path file;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT", description = "Where to write the annotated copy.")
  private Path output;

  @Option(names = "--force", description = "Replace OUT if it exists.")
  private boolean force;

  @Mixin private PackOptions packs = new PackOptions();

  private final Environment environment;

  AnnotateCommand(Environment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Input> inputs = InputFiles.expand(List.of(file.toString()));
    if (inputs.size() != 1 || !(inputs.get(0) instanceof Input.File input) || !input.format().equals(WordReader.NAME)) {
      String problem = inputs.size() == 1 && inputs.get(0) instanceof Input.Problem p ? p.problem()
          : "annotate writes comments into Word documents; give a .docx file";
      err.println("sofslint: " + file + ": " + problem);
      return ExitCode.USAGE.code();
    }
    Optional<String> refusal = Annotations.refusal(input, output, force);
    if (refusal.isPresent()) {
      err.println("sofslint: " + refusal.get());
      return ExitCode.USAGE.code();
    }
    Optional<Setup> setup = Setups.forFile(packs, environment, input.file(), err);
    if (setup.isEmpty()) {
      return ExitCode.USAGE.code();
    }
    try {
      Document document = setup.get().readers().read(input);
      List<Finding> findings = setup.get().linter().check(document);
      int comments = Annotations.write(input, findings, output);
      out.println(comments + (comments == 1 ? " comment" : " comments") + " written to " + output);
      out.flush();
      return ExitCode.CLEAN.code();
    } catch (InputException e) {
      err.println("sofslint: " + input.path() + ": " + e.getMessage());
      return ExitCode.USAGE.code();
    }
  }
}
