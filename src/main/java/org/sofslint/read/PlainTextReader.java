package org.sofslint.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sofslint.document.Block;
import org.sofslint.document.Document;
import org.sofslint.document.DocumentBuilder;
import org.sofslint.document.SectionKind;

/**
 * Reads plain text as case-management systems export it. Blank lines end paragraphs; a line the
 * template knows ("Danger statements", "HARM:") or a short line in capitals on its own is a
 * heading, as is a line underlined with {@code ===} or {@code ---}; lines starting with a bullet
 * or a number are list items; consecutive lines with tab-separated cells are a table.
 */
public final class PlainTextReader implements DocumentReader {
  public static final String NAME = "text";

  private static final Pattern LIST_MARKER =
      Pattern.compile("^([ \\t]*)([-*•·–]|\\d{1,2}[.)]|[a-zA-Z][.)])[ \\t]+(?=\\S)");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern UNDERLINE = Pattern.compile("^[ \\t]*(={3,}|-{3,})[ \\t]*$");
  private static final int MAX_CAPITALS_HEADING_WORDS = 10;

  private final SectionClassifier classifier;

  public PlainTextReader(SectionClassifier classifier) {
    this.classifier = classifier;
  }

  @Override
  public Document read(String text) {
    DocumentBuilder builder = new DocumentBuilder(text);
    new Walk(text, new ProseWriter(builder, classifier)).run();
    return builder.build();
  }

  /** One pass over one file's lines. Mutable: it holds the paragraph being gathered. */
  private final class Walk {
    private final String text;
    private final ProseWriter writer;
    private final List<int[]> lines;
    private final List<TextLine.Piece> pending = new ArrayList<>();
    private int pendingLines;
    private int pendingDepth;
    private boolean afterHeading;

    Walk(String text, ProseWriter writer) {
      this.text = text;
      this.writer = writer;
      this.lines = lines(text);
    }

    void run() {
      for (int i = 0; i < lines.size(); i++) {
        int start = lines.get(i)[0];
        int end = lines.get(i)[1];
        String line = text.substring(start, end);
        boolean headingBefore = afterHeading;
        afterHeading = false;
        if (line.isBlank()) {
          flush();
        } else if (UNDERLINE.matcher(line).matches() && headingBefore) {
          continue;
        } else if (isTableRow(line)) {
          flush();
          i = table(i) - 1;
        } else if (UNDERLINE.matcher(line).matches() && pendingLines == 1 && pendingDepth == 0) {
          TextLine heading = new TextLine(pending);
          clear();
          writer.heading(heading, line.strip().startsWith("=") ? 1 : 2);
        } else if (classifier.label(line).isPresent()) {
          flush();
          SectionKind kind = classifier.label(line).orElseThrow();
          writer.heading(TextLine.source(line, start, end), levelOf(kind));
          afterHeading = true;
        } else if (pendingLines == 0 && capitalsLinesUpToBlank(i)) {
          writer.heading(TextLine.source(line, start, end), 1);
          afterHeading = true;
        } else {
          gather(line, start, end);
        }
      }
      flush();
    }

    private void gather(String line, int start, int end) {
      Matcher marker = LIST_MARKER.matcher(line);
      boolean indented = Character.isWhitespace(line.charAt(0));
      if (marker.find()) {
        flush();
        pendingDepth = 1 + indentWidth(marker.group(1)) / 2;
        add(start + marker.end(), end);
      } else if (pendingDepth > 0 && !indented || classifier.prefix(line).isPresent()) {
        flush();
        add(start, end);
      } else {
        int lead = 0;
        while (Character.isWhitespace(line.charAt(lead))) {
          lead++;
        }
        add(start + lead, end);
      }
    }

    private void add(int start, int end) {
      if (pendingLines > 0) {
        // The line break stays a line break: sentence splitting reads a line with no full stop
        // ("Worker: Simon Eddleston") as complete in itself.
        pending.add(new TextLine.Piece("\n", -1, -1));
      }
      pending.add(new TextLine.Piece(text.substring(start, end), start, end));
      pendingLines++;
    }

    private void flush() {
      if (pendingLines > 0) {
        int depth = pendingDepth;
        writer.prose(List.of(new TextLine(pending)), depth == 0
            ? Block.Paragraph::new
            : (span, section) -> new Block.ListItem(span, section, depth));
      }
      clear();
    }

    private void clear() {
      pending.clear();
      pendingLines = 0;
      pendingDepth = 0;
    }

    /** Reads the table starting at line {@code first}; returns the index of the line after it. */
    private int table(int first) {
      List<List<List<TextLine>>> rows = new ArrayList<>();
      int i = first;
      for (; i < lines.size(); i++) {
        int start = lines.get(i)[0];
        String line = text.substring(start, lines.get(i)[1]);
        if (!isTableRow(line)) {
          break;
        }
        List<List<TextLine>> cells = new ArrayList<>();
        int cellStart = start;
        for (String cell : line.split("\t", -1)) {
          cells.add(List.of(TextLine.source(cell, cellStart, cellStart + cell.length())));
          cellStart += cell.length() + 1;
        }
        rows.add(cells);
      }
      writer.table(rows);
      return i;
    }

    /**
     * True when the lines from {@code first} to the next blank line are all in capitals: a title
     * block ("BRACKENFIELD BOROUGH COUNCIL" over "CHILD AND FAMILY ASSESSMENT") is headings, not prose.
     */
    private boolean capitalsLinesUpToBlank(int first) {
      for (int i = first; !isBlankOrEnd(i); i++) {
        if (!isCapitalsHeading(text.substring(lines.get(i)[0], lines.get(i)[1]))) {
          return false;
        }
      }
      return true;
    }

    private boolean isBlankOrEnd(int index) {
      return index >= lines.size() || text.substring(lines.get(index)[0], lines.get(index)[1]).isBlank();
    }
  }

  /** Column questions and the scale head a part of the report; categories sit under a column. */
  private static int levelOf(SectionKind kind) {
    return kind.column().isEmpty() || kind.isColumn() ? 1 : 2;
  }

  /** Cells split by tabs; a bullet line with a tab in it ("- Simon:<tab>4") is a list item, not a row. */
  private static boolean isTableRow(String line) {
    if (line.indexOf('\t') < 0 || LIST_MARKER.matcher(line).find()) {
      return false;
    }
    int filled = 0;
    for (String cell : line.split("\t")) {
      if (!cell.isBlank()) {
        filled++;
      }
    }
    return filled >= 2;
  }

  private static boolean isCapitalsHeading(String line) {
    String text = line.strip();
    long letters = text.codePoints().filter(Character::isLetter).count();
    return letters >= 2
        && text.codePoints().noneMatch(Character::isLowerCase)
        && WHITESPACE.split(text).length <= MAX_CAPITALS_HEADING_WORDS
        && !text.endsWith(".");
  }

  private static int indentWidth(String indent) {
    return indent.chars().map(c -> c == '\t' ? 2 : 1).sum();
  }

  /** Each line as {@code [start, end)} without its terminator; CR LF, LF and CR end lines. */
  private static List<int[]> lines(String text) {
    List<int[]> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        lines.add(new int[] {start, i});
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    if (start < text.length()) {
      lines.add(new int[] {start, text.length()});
    }
    return lines;
  }

}
