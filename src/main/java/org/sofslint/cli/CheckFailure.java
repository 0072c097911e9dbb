package org.sofslint.cli;

/** An unexpected exception while checking one file, carrying the file's name for the bug report. */
final class CheckFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String path;

  CheckFailure(String path, Throwable cause) {
    super("while checking " + path, cause);
    this.path = path;
  }

  String path() {
    return path;
  }
}
