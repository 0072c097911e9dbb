package org.sofslint.read;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The readers by name, and which file extensions each reads. An explicit, sorted list. */
public final class Readers {
  /** Extensions read when a folder is checked, mapped to the reader's name. */
  public static final Map<String, String> EXTENSIONS =
      Map.of("markdown", MarkdownReader.NAME, "md", MarkdownReader.NAME, "txt", PlainTextReader.NAME);

  public static final List<String> NAMES = List.of(MarkdownReader.NAME, PlainTextReader.NAME);

  private final MarkdownReader markdown;
  private final PlainTextReader text;

  public Readers(SectionClassifier classifier) {
    this.markdown = new MarkdownReader(classifier);
    this.text = new PlainTextReader(classifier);
  }

  public Optional<DocumentReader> named(String name) {
    return switch (name) {
      case MarkdownReader.NAME -> Optional.of(markdown);
      case PlainTextReader.NAME -> Optional.of(text);
      default -> Optional.empty();
    };
  }

  /** The reader name for a file name's extension, if sofslint reads it. */
  public static Optional<String> formatOf(String fileName) {
    int dot = fileName.lastIndexOf('.');
    if (dot < 0) {
      return Optional.empty();
    }
    return Optional.ofNullable(EXTENSIONS.get(fileName.substring(dot + 1).toLowerCase(Locale.ROOT)));
  }
}
