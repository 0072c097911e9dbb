package org.sofslint.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Text a renderer writes as it arrives but must put out later, kept in a temporary file rather
 * than in memory, so that a batch of any size holds none of it: the HTML page's reports, which
 * come after the batch's summary. The file holds report text, so only its owner may read it
 * (as {@link Files#createTempFile} makes it), and it is deleted once copied out, whether or not
 * that worked, or when the JVM exits if the run ends before. Mutable: one per rendering.
 */
final class SpillFile {
  private Path file;
  private PrintWriter writer;

  /** Where to write; the file is made on the first call, so a run with nothing to spill makes none. */
  PrintWriter writer() {
    if (writer == null) {
      try {
        file = Files.createTempFile("sofslint-", ".part");
        file.toFile().deleteOnExit();
        writer = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot make a temporary file for the report in "
            + System.getProperty("java.io.tmpdir") + " (java.io.tmpdir): " + FileFailure.reason(e), e);
      }
    }
    return writer;
  }

  /** Copies everything written to {@code out}, then deletes the file. */
  void copyTo(PrintWriter out) {
    if (writer == null) {
      return;
    }
    writer.close();
    try {
      // A PrintWriter keeps a failed write (a full disk) to itself: asked here, so no part of the page is lost unsaid.
      if (writer.checkError()) {
        throw new IOException("it could not all be written");
      }
      try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        in.transferTo(out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot use the report's temporary file " + file + ": " + FileFailure.reason(e), e);
    } finally {
      delete();
    }
  }

  /** Removes the file, used or not: it holds report text. One that cannot be removed goes when the JVM exits. */
  private void delete() {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // deleteOnExit, asked when the file was made, tries again.
    }
  }
}
