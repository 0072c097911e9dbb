package org.sofslint.read;

import java.nio.file.Path;

/** One thing named for checking: a file to read, or a name that cannot be read and why. */
public sealed interface Input {
  /** The name findings and errors use: the path as the user wrote it, with {@code /} separators. */
  String path();

  record File(String path, Path file, String format) implements Input {}

  record Problem(String path, String problem) implements Input {}

  /** Standard input, named {@code path} in messages and read as {@code format}. */
  record Stdin(String path, String format) implements Input {}
}
