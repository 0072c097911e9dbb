package org.sofslint.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Entry point of the jar. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args, Environment.system(), System.out, System.err));
  }

  static int run(String[] args, Environment environment, PrintStream out, PrintStream err) {
    PrintWriter stdout = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    PrintWriter stderr = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    int code = SofslintCommand.commandLine(environment).setOut(stdout).setErr(stderr).execute(args);
    stdout.flush();
    stderr.flush();
    return code;
  }
}
