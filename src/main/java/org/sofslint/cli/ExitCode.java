package org.sofslint.cli;

/** What a run's exit status means. */
enum ExitCode {
  /** Nothing at or above the fail level. */
  CLEAN(0),
  /** Findings at or above the fail level. */
  FINDINGS(1),
  /** Bad usage, config, rule pack or input. */
  USAGE(2),
  /** A bug in sofslint. */
  INTERNAL(3);

  private final int code;

  ExitCode(int code) {
    this.code = code;
  }

  int code() {
    return code;
  }
}
