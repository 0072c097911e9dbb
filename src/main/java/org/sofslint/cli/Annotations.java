package org.sofslint.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.sofslint.check.Finding;
import org.sofslint.read.Input;
import org.sofslint.read.InputException;
import org.sofslint.report.WordAnnotator;

/** Writing annotated copies of Word documents, for {@code annotate} and {@code check --annotate}. */
final class Annotations {
  private Annotations() {}

  /**
   * Where the annotated copy of the input shown as {@code path} goes in {@code dir}: the same
   * relative path, with any root and leading {@code ..} left out so it always lands inside.
   */
  static Path target(Path dir, String path) {
    Path relative = Path.of(path).normalize();
    if (relative.getRoot() != null) {
      relative = relative.getRoot().relativize(relative);
    }
    while (relative.getNameCount() > 1 && relative.getName(0).toString().equals("..")) {
      relative = relative.subpath(1, relative.getNameCount());
    }
    return dir.resolve(relative);
  }

  /** Why the copy of {@code input} may not be written to {@code target}, if it may not. */
  static Optional<String> refusal(Input.File input, Path target, boolean force) throws IOException {
    if (Files.exists(target) && Files.isSameFile(target, input.file())) {
      return Optional.of(target + " is the document being checked; sofslint never writes to its inputs");
    }
    if (Files.exists(target) && !force) {
      return Optional.of(target + " exists; use --force to replace it");
    }
    return Optional.empty();
  }

  /** Writes the annotated copy whole or not at all; returns the number of comments in it. */
  static int write(Input.File input, List<Finding> findings, Path target) throws InputException, IOException {
    ByteArrayOutputStream copy = new ByteArrayOutputStream();
    int comments = WordAnnotator.annotate(input.file(), findings, copy);
    AtomicFile.write(target, copy.toByteArray());
    return comments;
  }
}
