package org.sofslint.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BulletList;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Turns a synthetic corpus ({@link CorpusGenerator}) into Word documents for the benchmark, the
 * way a practitioner's draft looks in Word: heading styles, numbered paragraphs, bold labels and
 * real tables with line breaks in cells. Plain-text exports become one paragraph per line, their
 * capitalised headings in heading style and their "- " bullets list items.
 *
 * <p>Usage: {@code WordCorpus IN_DIR OUT_DIR}; run with the shaded jar on the class path.
 */
public final class WordCorpus {
  private static final Parser MARKDOWN = Parser.builder().extensions(List.of(TablesExtension.create())).build();

  private WordCorpus() {}

  public static void main(String[] args) throws IOException {
    Path in = Path.of(args[0]);
    Path out = Files.createDirectories(Path.of(args[1]));
    List<Path> reports;
    try (Stream<Path> files = Files.list(in)) {
      reports = files.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".txt")).sorted().toList();
    }
    for (Path report : reports) {
      String name = report.getFileName().toString();
      convert(report, out.resolve(name.substring(0, name.lastIndexOf('.')) + ".docx"));
    }
    System.out.println(reports.size() + " Word documents in " + out);
  }

  static void convert(Path report, Path docx) throws IOException {
    String text = Files.readString(report, StandardCharsets.UTF_8);
    try (XWPFDocument word = new XWPFDocument(); OutputStream file = Files.newOutputStream(docx)) {
      headingStyles(word);
      if (report.toString().endsWith(".md")) {
        for (Node block = MARKDOWN.parse(text).getFirstChild(); block != null; block = block.getNext()) {
          block(word, block, 0);
        }
      } else {
        for (String line : text.split("\r?\n")) {
          if (!line.isBlank()) {
            XWPFParagraph paragraph = word.createParagraph();
            // As PlainTextReader: a line in capitals of up to ten words, not a sentence, is a heading.
            if (line.equals(line.toUpperCase()) && line.split(" ").length <= 10 && !line.endsWith(".")) {
              paragraph.setStyle("Heading1");
            }
            if (line.startsWith("- ")) {
              // A bullet in the export is a Word list item, as Markdown bullets are.
              paragraph.setNumID(BigInteger.ONE);
              paragraph.setNumILvl(BigInteger.ZERO);
              line = line.substring(2);
            }
            paragraph.createRun().setText(line);
          }
        }
      }
      word.write(file);
    }
  }

  private static void block(XWPFDocument word, Node block, int depth) {
    if (block instanceof Heading heading) {
      XWPFParagraph paragraph = word.createParagraph();
      paragraph.setStyle("Heading" + heading.getLevel());
      inlines(paragraph, heading);
    } else if (block instanceof Paragraph) {
      XWPFParagraph paragraph = word.createParagraph();
      if (depth > 0) {
        paragraph.setNumID(BigInteger.ONE);
        paragraph.setNumILvl(BigInteger.valueOf(depth - 1));
      }
      inlines(paragraph, block);
    } else if (block instanceof BulletList || block instanceof OrderedList) {
      for (Node item = block.getFirstChild(); item != null; item = item.getNext()) {
        for (Node part = item.getFirstChild(); part != null; part = part.getNext()) {
          block(word, part, item instanceof ListItem ? depth + 1 : depth);
        }
      }
    } else if (block instanceof TableBlock) {
      XWPFTable table = word.createTable();
      boolean first = true;
      for (Node section = block.getFirstChild(); section != null; section = section.getNext()) {
        for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
          if (row instanceof TableRow) {
            var tableRow = first ? table.getRow(0) : table.createRow();
            int c = 0;
            for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
              if (cell instanceof TableCell) {
                XWPFTableCell tableCell = tableRow.getCell(c) != null ? tableRow.getCell(c) : tableRow.addNewTableCell();
                inlines(tableCell.getParagraphs().get(0), cell);
                c++;
              }
            }
            first = false;
          }
        }
      }
    }
  }

  private static void inlines(XWPFParagraph paragraph, Node parent) {
    for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof Text text) {
        paragraph.createRun().setText(text.getLiteral());
      } else if (node instanceof StrongEmphasis) {
        XWPFRun run = paragraph.createRun();
        run.setBold(true);
        run.setText(((Text) node.getFirstChild()).getLiteral());
      } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak || node instanceof HtmlInline) {
        // A line break in the Markdown (header fields on their own lines, <br> in a cell) stays one in Word.
        paragraph.createRun().addBreak();
      } else {
        inlines(paragraph, node);
      }
    }
  }

  /** Heading 1–3 as Word defines them: style id HeadingN, name "heading N", outline level N-1. */
  private static void headingStyles(XWPFDocument word) {
    XWPFStyles styles = word.createStyles();
    for (int level = 1; level <= 3; level++) {
      CTStyle style = CTStyle.Factory.newInstance();
      style.setStyleId("Heading" + level);
      style.setType(STStyleType.PARAGRAPH);
      style.addNewName().setVal("heading " + level);
      style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
      style.addNewRPr().addNewB();
      styles.addStyle(new XWPFStyle(style, styles));
    }
  }
}
