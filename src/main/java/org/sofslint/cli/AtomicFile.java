package org.sofslint.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;
import org.sofslint.report.FileFailure;

/**
 * Writes a file whole or not at all: to a temporary file beside it, then moved into place. The
 * file put in place reads as if written directly: a new one gets the permissions any new file gets
 * here (the umask), a replaced one keeps its own.
 */
final class AtomicFile {
  /** Writes the content; what it returns is handed back once the file is in place. */
  interface Content<T> {
    T writeTo(OutputStream out) throws IOException;
  }

  /** Writes the content as text; what it returns is handed back once the file is in place. */
  interface TextContent<T> {
    T writeTo(PrintWriter out) throws IOException;
  }

  /** A file that could not be written: the message names the file asked for and says why, in one line. */
  static final class WriteException extends IOException {
    private static final long serialVersionUID = 1L;

    WriteException(Path target, String reason, Throwable cause) {
      super("cannot write " + target + ": " + reason, cause);
    }
  }

  private AtomicFile() {}

  static void write(Path target, byte[] content) throws WriteException {
    write(target, out -> {
      out.write(content);
      return null;
    });
  }

  /**
   * Writes UTF-8 text. A {@link PrintWriter} keeps its errors to itself (a full disk, say), so it
   * is asked after the last character: a file written only in part is never put in place.
   */
  static <T> T writeText(Path target, TextContent<T> content) throws WriteException {
    return write(target, stream -> {
      PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8)));
      T result = content.writeTo(out);
      out.flush();
      if (out.checkError()) {
        throw new IOException("the text could not all be written");
      }
      return result;
    });
  }

  /**
   * Writes {@code target} whole or not at all: any failure to write it is a {@link WriteException}
   * that names it, not the temporary file, and the temporary file is removed.
   */
  static <T> T write(Path target, Content<T> content) throws WriteException {
    Path absolute = target.toAbsolutePath();
    Path folder = absolute.getParent();
    if (Files.isDirectory(absolute)) {
      throw new WriteException(target, "it is a folder", null);
    }
    if (folder == null || !Files.isDirectory(folder)) {
      throw new WriteException(target, "there is no folder " + folder, null);
    }
    // Not Files.createTempFile, whose file only its owner may read: that mode would be the output's.
    // Opened only if new, so a name that happens to be taken (or a link planted there) is never written.
    Path temporary = folder.resolve(".sofslint-" + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
    OutputStream stream;
    try {
      stream = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new WriteException(target, FileFailure.reason(e), e);
    }
    try {
      T result;
      try (OutputStream out = stream) {
        result = content.writeTo(out);
      }
      keepPermissions(absolute, temporary);
      Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return result;
    } catch (IOException e) {
      throw new WriteException(target, FileFailure.reason(e), e);
    } finally {
      removeLeftover(temporary);
    }
  }

  /** Gives the temporary file the permissions of the file it replaces, where the file system has them. */
  private static void keepPermissions(Path replaced, Path temporary) throws IOException {
    if (Files.isRegularFile(replaced) && temporary.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(replaced));
    }
  }

  /**
   * Removes the temporary file if it is still there. The file asked for is in place or its
   * failure reported either way; a hidden file that cannot be removed is no reason to fail that.
   */
  private static void removeLeftover(Path temporary) {
    try {
      Files.deleteIfExists(temporary);
    } catch (IOException e) {
      // Nothing more to do: the folder refused the removal as it would any other.
    }
  }
}
