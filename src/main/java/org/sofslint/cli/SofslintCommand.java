package org.sofslint.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code sofslint}: the top-level command; the work is done by its subcommands. */
@Command(
    name = "sofslint",
    mixinStandardHelpOptions = true,
    versionProvider = SofslintCommand.Version.class,
    description = "Checks Signs of Safety practice reports for labels, jargon and structure.",
    subcommandsRepeatable = false)
final class SofslintCommand implements Runnable {
  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a command: check, score, rules, explain, fix or annotate");
  }

  /** The subcommands, in the order help lists them. */
  private static final Map<String, Function<Environment, Object>> COMMANDS = commands();

  private static Map<String, Function<Environment, Object>> commands() {
    Map<String, Function<Environment, Object>> commands = new LinkedHashMap<>();
    commands.put("check", CheckCommand::new);
    commands.put("rules", RulesCommand::new);
    commands.put("explain", ExplainCommand::new);
    commands.put("fix", FixCommand::new);
    commands.put("annotate", AnnotateCommand::new);
    commands.put("score", ScoreCommand::new);
    return java.util.Collections.unmodifiableMap(commands);
  }

  /**
   * The command line for {@code args}: picocli models every option of every command it is
   * given, about a tenth of a cold start, so when the first argument names a command only that
   * one is added; anything else (help, --version, a typo) gets them all.
   */
  static CommandLine commandLine(Environment environment, String[] args) {
    CommandLine line = new CommandLine(new SofslintCommand());
    boolean named = args.length > 0 && COMMANDS.containsKey(args[0]);
    COMMANDS.forEach((name, command) -> {
      if (!named || name.equals(args[0])) {
        line.addSubcommand(name, command.apply(environment));
      }
    });
    line.setExecutionExceptionHandler(SofslintCommand::internalError);
    return line;
  }

  /** An exception escaped a command: that is a bug, and the user is told so and where. */
  private static int internalError(Exception e, CommandLine line, CommandLine.ParseResult result) {
    if (e instanceof CheckFailure failure) {
      return internalError(line.getErr(), failure.getCause(), " while checking " + failure.path());
    }
    return internalError(line.getErr(), e, "");
  }

  /**
   * Tells the user of a bug, and where it happened ({@code where} is empty or starts with a
   * space); running out of memory also says how to give sofslint more. Returns the exit code.
   */
  static int internalError(PrintWriter err, Throwable cause, String where) {
    err.println("sofslint: internal error" + where + " (a bug in sofslint; please report it with this message):");
    err.println("  " + cause);
    Arrays.stream(cause.getStackTrace()).limit(8).forEach(frame -> err.println("    at " + frame));
    for (Throwable c = cause; c != null; c = c.getCause()) {
      if (c instanceof OutOfMemoryError) {
        err.println("sofslint: it ran out of memory, with a heap of " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
            + " MB; SOFSLINT_JAVA_OPTS=-Xmx1g gives it more");
        break;
      }
    }
    err.flush();
    return ExitCode.INTERNAL.code();
  }

  /** The version from the jar's build, as Maven wrote it. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"sofslint " + number()};
    }

    /** The bare version number, such as {@code 0.1.0-SNAPSHOT}. */
    static String number() {
      Properties properties = new Properties();
      try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          properties.load(in);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return properties.getProperty("version", "unknown");
    }
  }
}
