package org.sofslint.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a file whole or not at all: to a temporary file beside it, then moved into place. */
final class AtomicFile {
  /** Writes the content; what it returns is handed back once the file is in place. */
  interface Content<T> {
    T writeTo(OutputStream out) throws IOException;
  }

  private AtomicFile() {}

  static void write(Path target, byte[] content) throws IOException {
    write(target, out -> {
      out.write(content);
      return null;
    });
  }

  static <T> T write(Path target, Content<T> content) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path temporary = Files.createTempFile(absolute.getParent(), ".sofslint-", ".tmp");
    try {
      T result;
      try (OutputStream out = Files.newOutputStream(temporary)) {
        result = content.writeTo(out);
      }
      Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return result;
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
