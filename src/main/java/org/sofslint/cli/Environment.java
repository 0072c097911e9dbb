package org.sofslint.cli;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * What a run takes from the world outside its arguments, gathered in one place so tests can
 * supply their own: standard input, environment variables, the user's config file, whether
 * standard output is a terminal, and whether standard error is one (for progress).
 */
record Environment(
    InputStream stdin, Map<String, String> variables, Path userConfig, boolean terminal, boolean errorTerminal) {
  Environment {
    variables = Map.copyOf(variables);
  }

  Environment(InputStream stdin, Map<String, String> variables, Path userConfig, boolean terminal) {
    this(stdin, variables, userConfig, terminal, false);
  }

  static Environment system() {
    return new Environment(
        System.in,
        System.getenv(),
        Path.of(System.getProperty("user.home"), ".config", "sofslint", "config.yml"),
        System.console() != null,
        errorIsTerminal());
  }

  /**
   * Java cannot ask whether standard error is a terminal; on Linux its file descriptor names the
   * device (/dev/pts/N or /dev/ttyN). Elsewhere, a console means an interactive session.
   */
  private static boolean errorIsTerminal() {
    try {
      String target = java.nio.file.Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (java.io.IOException | UnsupportedOperationException e) {
      return System.console() != null;
    }
  }

  /** Colour is for terminals, and never when NO_COLOR is set (https://no-color.org). */
  boolean colorAllowed() {
    String noColor = variables.get("NO_COLOR");
    return terminal && (noColor == null || noColor.isEmpty());
  }
}
