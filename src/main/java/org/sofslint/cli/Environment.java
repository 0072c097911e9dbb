package org.sofslint.cli;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * What a run takes from the world outside its arguments, gathered in one place so tests can
 * supply their own: standard input, environment variables, the user's config file, and whether
 * standard output is a terminal.
 */
record Environment(
    InputStream stdin, Map<String, String> variables, Path userConfig, boolean terminal) {
  Environment {
    variables = Map.copyOf(variables);
  }

  static Environment system() {
    return new Environment(
        System.in,
        System.getenv(),
        Path.of(System.getProperty("user.home"), ".config", "sofslint", "config.yml"),
        System.console() != null);
  }

  /** Colour is for terminals, and never when NO_COLOR is set (https://no-color.org). */
  boolean colorAllowed() {
    String noColor = variables.get("NO_COLOR");
    return terminal && (noColor == null || noColor.isEmpty());
  }
}
