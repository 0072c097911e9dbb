package org.sofslint.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sofslint.document.Block;
import org.sofslint.document.DocumentBuilder;
import org.sofslint.document.Section;
import org.sofslint.document.SectionKind;
import org.sofslint.document.Span;
import org.sofslint.nlp.ScreenedPattern;

/**
 * Writes what a reader found (headings, lines of prose, tables) into a {@link DocumentBuilder},
 * giving every block its section. The rules are the same for every format: a heading opens a
 * section; a line that is only a label ("**Harm**", "Safety goals:") or starts with one ("Harm:
 * Dad hit…") opens one too; in a table, header cells and row labels that name sections give
 * each cell its kind, and labels inside a cell hold until the end of that cell. A scaling
 * question written as a sentence outside any known part ("On a scale of 0 to 10 …", the
 * usual line below a map) opens the scaling part. Mutable: it
 * tracks the current section while a reader feeds it.
 */
final class ProseWriter {
  /** Labels in running text sit below every real heading level. */
  static final int LABEL_LEVEL = 7;

  private static final Pattern BULLET = Pattern.compile("^\\s*[•·▪◦‣–—*-]\\s+");
  /**
   * A scaling question written as a sentence, as maps often put it below the table. Asked of every
   * line outside a section, so screened: a line without "scal" or "10" is not searched.
   */
  private static final ScreenedPattern SCALE = ScreenedPattern.compile(
      "(?i)\\bscale\\b.{0,40}?\\b(?:0|1|zero|one)\\s*(?:-|–|—|to)\\s*(?:10|ten)\\b|\\b0\\s*[-–—_.]{3,}\\s*10\\b"
      + "|\\bon\\s+a\\s+scale\\b|\\bscaling\\s+question\\b");

  /** Makes the block for a span of prose in a section. */
  interface Shape {
    Block make(Span span, Section section);
  }

  private final DocumentBuilder builder;
  private final SectionClassifier classifier;
  private final SectionTracker sections = new SectionTracker();

  ProseWriter(DocumentBuilder builder, SectionClassifier classifier) {
    this.builder = builder;
    this.classifier = classifier;
  }

  void heading(TextLine line, int level) {
    TextLine text = line.strip();
    if (text.isBlank()) {
      return;
    }
    Section section = sections.enter(level, classifier.classify(text.plain()), text.plain());
    add(text, span -> new Block.Heading(span, section, level));
  }

  /** Lines of running text (a paragraph, a list item): labels open sections, the rest is prose. */
  void prose(List<TextLine> lines, Shape shape) {
    Scope document =
        new Scope() {
          @Override
          public Section open(SectionKind kind, String title) {
            return sections.enter(LABEL_LEVEL, Optional.of(kind), title);
          }

          @Override
          public Section current() {
            return sections.current();
          }
        };
    write(lines, document, shape);
  }

  /**
   * A table given as rows of cells, each cell its lines; the first row is the header. Rows
   * and columns in the blocks are 1-based, the header being row 1.
   */
  void table(List<List<List<TextLine>>> rows) {
    if (rows.isEmpty()) {
      return;
    }
    List<String> header = rows.get(0).stream().map(ProseWriter::plain).toList();
    List<Optional<SectionKind>> headerKinds = header.stream().map(classifier::classify).toList();
    boolean sectioned = headerKinds.stream().filter(Optional::isPresent).count() >= 2;
    boolean labelColumn = hasRowLabels(rows);
    for (int c = 0; c < header.size(); c++) {
      if (sectioned && headerKinds.get(c).isPresent()) {
        Section section = new Section(headerKinds.get(c).get(), header.get(c));
        for (TextLine line : rows.get(0).get(c)) {
          add(line.strip(), span -> new Block.Heading(span, section, LABEL_LEVEL));
        }
      } else if (!(labelColumn && c == 0)) {
        cell(rows.get(0).get(c), sections.current(), 1, c + 1);
      }
    }
    for (int r = 1; r < rows.size(); r++) {
      List<List<TextLine>> row = rows.get(r);
      List<SectionKind> rowKinds = List.of();
      String rowTitle = "";
      if (labelColumn && !row.isEmpty()) {
        rowTitle = plain(row.get(0));
        rowKinds = rowLabelKinds(rowTitle);
        Section labelSection = new Section(rowKinds.isEmpty() ? sections.current().kind() : rowKinds.get(0), rowTitle);
        for (TextLine line : row.get(0)) {
          add(line.strip(), span -> new Block.Heading(span, labelSection, LABEL_LEVEL));
        }
      }
      int contentColumns = header.size() - (labelColumn ? 1 : 0);
      for (int c = labelColumn ? 1 : 0; c < row.size(); c++) {
        Optional<SectionKind> columnKind =
            sectioned && c < headerKinds.size() ? headerKinds.get(c) : Optional.empty();
        String columnTitle = c < header.size() ? header.get(c) : "";
        int index = c - (labelColumn ? 1 : 0);
        cell(row.get(c), cellSection(columnKind, columnTitle, rowKinds, rowTitle, index, contentColumns), r + 1, c + 1);
      }
    }
  }

  /** The section of a cell before any label inside it. */
  private Section cellSection(Optional<SectionKind> columnKind, String columnTitle,
      List<SectionKind> rowKinds, String rowTitle, int index, int contentColumns) {
    if (columnKind.isPresent()) {
      SectionKind column = columnKind.get();
      if (!column.isColumn()) {
        return new Section(column, columnTitle);
      }
      for (SectionKind kind : rowKinds) {
        if (kind.column().orElse(null) == column) {
          return new Section(kind, rowTitle);
        }
      }
      return new Section(classifier.columnDefault(column), columnTitle);
    }
    if (rowKinds.size() == 1) {
      return new Section(rowKinds.get(0), rowTitle);
    }
    if (!rowKinds.isEmpty() && rowKinds.size() == contentColumns) {
      return new Section(rowKinds.get(index), rowTitle);
    }
    return sections.current();
  }

  private void cell(List<TextLine> lines, Section start, int row, int column) {
    write(lines, new CellScope(start), (span, section) -> new Block.TableCell(span, section, row, column));
  }

  /** Where a label opens its section: in the document's running text, or in one table cell. */
  private interface Scope {
    Section open(SectionKind kind, String title);

    Section current();
  }

  /** A label inside a cell holds to the end of the cell. Mutable: it follows the cell's labels. */
  private static final class CellScope implements Scope {
    private Section section;

    CellScope(Section start) {
      this.section = start;
    }

    @Override
    public Section open(SectionKind kind, String title) {
      section = new Section(kind, title);
      return section;
    }

    @Override
    public Section current() {
      return section;
    }
  }

  private void write(List<TextLine> lines, Scope scope, Shape shape) {
    for (TextLine raw : lines) {
      TextLine line = unbullet(raw.strip());
      if (line.isBlank()) {
        continue;
      }
      Optional<SectionKind> label = classifier.label(line.plain());
      if (label.isPresent()) {
        Section section = scope.open(label.get(), line.plain());
        add(line, span -> new Block.Heading(span, section, LABEL_LEVEL));
        continue;
      }
      Optional<SectionClassifier.Prefix> prefix = classifier.prefix(line.plain());
      if (prefix.isPresent()) {
        TextLine name = labelOf(line);
        Section section = scope.open(prefix.get().kind(), name.plain());
        add(name, span -> new Block.Heading(span, section, LABEL_LEVEL));
        line = line.drop(prefix.get().restStart());
      }
      Section section = scope.current().kind() == SectionKind.OTHER && SCALE.find(line.plain())
          ? scope.open(SectionKind.SCALING, "scale")
          : scope.current();
      add(line, span -> shape.make(span, section));
    }
  }

  /** The first column holds row labels when every non-empty body cell in it names a section. */
  private boolean hasRowLabels(List<List<List<TextLine>>> rows) {
    int labels = 0;
    for (List<List<TextLine>> row : rows.subList(1, rows.size())) {
      if (row.size() < 2) {
        return false;
      }
      String first = plain(row.get(0));
      if (first.isBlank()) {
        continue;
      }
      if (rowLabelKinds(first).isEmpty()) {
        return false;
      }
      labels++;
    }
    return labels > 0;
  }

  /** The kinds a row label names: "Harm" is one, "Harm / Existing safety / Next steps" three. */
  private List<SectionKind> rowLabelKinds(String label) {
    List<SectionKind> kinds = new ArrayList<>();
    for (String part : label.split("/")) {
      Optional<SectionKind> kind = classifier.label(part);
      if (kind.isEmpty()) {
        return List.of();
      }
      kinds.add(kind.get());
    }
    return kinds;
  }

  /** The label part of a line that opens with one, without its colon. */
  private static TextLine labelOf(TextLine line) {
    return line.take(line.plain().indexOf(':')).strip();
  }

  private static TextLine unbullet(TextLine line) {
    Matcher bullet = BULLET.matcher(line.plain());
    return bullet.find() ? line.drop(bullet.end()) : line;
  }

  private static String plain(List<TextLine> lines) {
    StringBuilder text = new StringBuilder();
    for (TextLine line : lines) {
      if (text.length() > 0) {
        text.append(' ');
      }
      text.append(line.plain().strip());
    }
    return text.toString();
  }

  private void add(TextLine line, Function<Span, Block> block) {
    if (line.isBlank()) {
      return;
    }
    if (builder.position() > 0) {
      builder.appendInserted("\n\n");
    }
    int start = builder.position();
    line.appendTo(builder);
    builder.trimTrailingWhitespace(start);
    builder.addBlock(block.apply(new Span(start, builder.position())));
  }
}
