package org.sofslint.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.sofslint.check.StartupTables;
import org.sofslint.rules.Builtins;

/** Entry point of the jar. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    readBuiltinsInBackground();
    System.exit(run(args, Environment.system(), System.out, System.err));
  }

  /**
   * The built-in packs and startup tables are read once per process, by whoever asks first;
   * asking on another thread now lets a cold start read them (about 60 ms) while picocli builds
   * its command model (about 100 ms) instead of after.
   */
  private static void readBuiltinsInBackground() {
    new DaemonThreads("sofslint-builtins").execute(() -> {
      Builtins.packs();
      StartupTables.bundled();
    });
  }

  static int run(String[] args, Environment environment, PrintStream out, PrintStream err) {
    PrintWriter stdout = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    PrintWriter stderr = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    int code = SofslintCommand.commandLine(environment, args).setOut(stdout).setErr(stderr).execute(args);
    stdout.flush();
    stderr.flush();
    return code;
  }
}
