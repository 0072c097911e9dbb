package org.sofslint.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/** Runs the command line in-process, as a user would, and keeps what it printed. */
final class Cli {
  record Result(int code, String out, String err) {}

  private Cli() {}

  static Result run(String... args) {
    return run(new Environment(new ByteArrayInputStream(new byte[0]), Map.of(), Path.of("no-user-config.yml"), false), args);
  }

  static Result runWithStdin(String stdin, String... args) {
    return run(new Environment(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), Map.of(),
        Path.of("no-user-config.yml"), false), args);
  }

  static Result run(Environment environment, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, environment, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
