package org.sofslint.read;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sofslint.document.Document;

/** The readers by name, and which file extensions each reads. An explicit, sorted list. */
public final class Readers {
  /** Extensions read when a folder is checked, mapped to the reader's name. */
  public static final Map<String, String> EXTENSIONS = Map.of(
      "markdown", MarkdownReader.NAME, "md", MarkdownReader.NAME, "txt", PlainTextReader.NAME, "docx", WordReader.NAME);

  /** The readers for text, which can also read standard input. */
  public static final List<String> NAMES = List.of(MarkdownReader.NAME, PlainTextReader.NAME);

  private final SectionClassifier classifier;
  private final MarkdownReader markdown;
  private final PlainTextReader text;

  public Readers(SectionClassifier classifier) {
    this.classifier = classifier;
    this.markdown = new MarkdownReader(classifier);
    this.text = new PlainTextReader(classifier);
  }

  /**
   * Reads a file named for checking in its format. A Word reader is made only when a .docx is
   * read, so checking Markdown and text never loads Apache POI.
   */
  public Document read(Input.File file) throws InputException {
    if (file.format().equals(WordReader.NAME)) {
      return new WordReader(classifier).read(file.file());
    }
    return named(file.format()).orElseThrow().read(InputFiles.read(file));
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
