package org.sofslint.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a file whole or not at all: to a temporary file beside it, then moved into place. */
final class AtomicFile {
  /** Writes the content; what it returns is handed back once the file is in place. */
  interface Content<T> {
    T writeTo(OutputStream out) throws IOException;
  }

  /** A file that could not be written: the message names the file asked for and says why, in one line. */
  static final class WriteException extends IOException {
    private static final long serialVersionUID = 1L;

    WriteException(Path target, String reason, Throwable cause) {
      super("cannot write " + target + ": " + reason, cause);
    }
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
    Path folder = absolute.getParent();
    if (Files.isDirectory(absolute)) {
      throw new WriteException(target, "it is a folder", null);
    }
    if (folder == null || !Files.isDirectory(folder)) {
      throw new WriteException(target, "there is no folder " + folder, null);
    }
    Path temporary;
    try {
      temporary = Files.createTempFile(folder, ".sofslint-", ".tmp");
    } catch (IOException e) {
      throw new WriteException(target, reason(e), e);
    }
    try {
      T result;
      try (OutputStream out = Files.newOutputStream(temporary)) {
        result = content.writeTo(out);
      }
      Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return result;
    } catch (FileSystemException e) {
      // The temporary file's name in the message would only puzzle: say what went wrong with the file asked for.
      throw new WriteException(target, reason(e), e);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  private static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
      return fileSystem.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
