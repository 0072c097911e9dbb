package org.sofslint.read;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sofslint.document.Block;
import org.sofslint.document.Document;
import org.sofslint.document.DocumentBuilder;

/**
 * Reads a Word .docx (Apache POI's package layer, the JDK's DOM) into a {@link Document}. The document's original text is made
 * one line per paragraph, in {@link WordBody} reading order, so a location's line says which
 * paragraph and its column the offset within it; the {@link org.sofslint.document.WordPlace}
 * of each line says where that is in Word. Headings, lists and tables go through the same
 * {@link ProseWriter} as Markdown, so a mapping table becomes sections exactly as it does there.
 * POI is loaded only when a .docx is read. Thread-safe: every read has its own state.
 */
public final class WordReader {
  public static final String NAME = "docx";

  private final SectionClassifier classifier;

  public WordReader(SectionClassifier classifier) {
    this.classifier = classifier;
  }

  public Document read(Path file) throws InputException {
    return read(WordBody.of(WordFiles.readParts(file)));
  }

  Document read(WordBody body) throws InputException {
    Map<WordBody.Paragraph, Integer> lineStarts = new IdentityHashMap<>();
    StringBuilder original = new StringBuilder();
    for (WordBody.Paragraph paragraph : body.paragraphs()) {
      lineStarts.put(paragraph, original.length());
      original.append(paragraph.text().text()).append('\n');
    }
    if (original.length() > InputFiles.MAX_BYTES) {
      throw new InputException(String.format(Locale.ROOT,
          "the document holds %.1f million characters of text, over the limit for one report", original.length() / 1e6));
    }
    DocumentBuilder builder = new DocumentBuilder(original.toString());
    ProseWriter writer = new ProseWriter(builder, classifier);
    for (WordBody.Item item : body.items()) {
      if (item instanceof WordBody.Text text) {
        paragraph(text.paragraph(), lines(text.paragraph(), lineStarts), writer);
      } else if (item instanceof WordBody.Table table) {
        List<List<List<TextLine>>> rows = new ArrayList<>();
        for (List<List<WordBody.Paragraph>> row : table.rows()) {
          List<List<TextLine>> cells = new ArrayList<>();
          for (List<WordBody.Paragraph> cell : row) {
            List<TextLine> lines = new ArrayList<>();
            cell.forEach(p -> lines.addAll(lines(p, lineStarts)));
            cells.add(lines);
          }
          rows.add(cells);
        }
        writer.table(rows);
      }
    }
    builder.wordPlaces(body.paragraphs().stream().map(WordBody.Paragraph::place).toList());
    return builder.build();
  }

  private static void paragraph(WordBody.Paragraph paragraph, List<TextLine> lines, ProseWriter writer) {
    if (paragraph.headingLevel() > 0) {
      lines.forEach(line -> writer.heading(line, paragraph.headingLevel()));
    } else if (paragraph.listDepth() > 0) {
      writer.prose(lines, (span, section) -> new Block.ListItem(span, section, paragraph.listDepth()));
    } else {
      writer.prose(lines, Block.Paragraph::new);
    }
  }

  /** A paragraph's text as lines, split at manual line breaks, each piece mapped to its place in the original. */
  private static List<TextLine> lines(WordBody.Paragraph paragraph, Map<WordBody.Paragraph, Integer> lineStarts) {
    String text = paragraph.text().text();
    int base = lineStarts.get(paragraph);
    List<TextLine> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == WordText.LINE_BREAK) {
        lines.add(TextLine.source(text.substring(start, i), base + start, base + i));
        start = i + 1;
      }
    }
    return lines;
  }
}
