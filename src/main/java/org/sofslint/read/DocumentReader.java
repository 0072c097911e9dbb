package org.sofslint.read;

import org.sofslint.document.Document;

/** Turns one format's text into a {@link Document}. Implementations are thread-safe. */
public interface DocumentReader {
  Document read(String text);
}
