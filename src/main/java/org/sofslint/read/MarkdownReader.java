package org.sofslint.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.sofslint.document.Block;
import org.sofslint.document.Document;
import org.sofslint.document.DocumentBuilder;
import org.sofslint.document.SourceComment;

/**
 * Reads CommonMark with GFM tables (commonmark-java, with source spans for every inline node).
 * Only text reaches the document: emphasis markers, link targets, table pipes and HTML do not.
 * HTML comments are kept aside for directives; code blocks and images are not prose.
 */
public final class MarkdownReader implements DocumentReader {
  public static final String NAME = "markdown";

  private static final Pattern LINE_BREAK_TAG = Pattern.compile("(?i)<br\\s*/?>");
  private static final Pattern COMMENT = Pattern.compile("(?s)<!--(.*?)-->");

  private final Parser parser =
      Parser.builder()
          .extensions(List.of(org.commonmark.ext.gfm.tables.TablesExtension.create()))
          .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
          .build();
  private final SectionClassifier classifier;

  public MarkdownReader(SectionClassifier classifier) {
    this.classifier = classifier;
  }

  @Override
  public Document read(String text) {
    DocumentBuilder builder = new DocumentBuilder(text);
    new Walk(builder, new ProseWriter(builder, classifier)).blocks(parser.parse(text));
    return builder.build();
  }

  /** One walk over one parsed document. */
  private static final class Walk {
    private final DocumentBuilder builder;
    private final ProseWriter writer;

    Walk(DocumentBuilder builder, ProseWriter writer) {
      this.builder = builder;
      this.writer = writer;
    }

    void blocks(Node parent) {
      for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
        block(node, 0);
      }
    }

    /** One block; {@code listDepth} is the depth of the list item holding it, 0 for none. */
    private void block(Node node, int listDepth) {
      if (node instanceof Heading heading) {
        lines(heading).forEach(line -> writer.heading(line, heading.getLevel()));
      } else if (node instanceof Paragraph paragraph) {
        writer.prose(lines(paragraph), listDepth == 0
            ? Block.Paragraph::new
            : (span, section) -> new Block.ListItem(span, section, listDepth));
      } else if (node instanceof ListBlock list) {
        items(list, listDepth + 1);
      } else if (node instanceof BlockQuote quote) {
        for (Node child = quote.getFirstChild(); child != null; child = child.getNext()) {
          block(child, listDepth);
        }
      } else if (node instanceof TableBlock table) {
        table(table);
      } else if (node instanceof HtmlBlock html) {
        comments(html.getLiteral(), html.getSourceSpans());
      }
    }

    private void items(ListBlock list, int depth) {
      for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
        for (Node part = item.getFirstChild(); part != null; part = part.getNext()) {
          block(part, depth);
        }
      }
    }

    private void table(TableBlock table) {
      List<List<List<TextLine>>> rows = new ArrayList<>();
      for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
        for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
          if (row instanceof TableRow) {
            List<List<TextLine>> cells = new ArrayList<>();
            for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
              if (cell instanceof TableCell) {
                cells.add(lines(cell));
              }
            }
            rows.add(cells);
          }
        }
      }
      writer.table(rows);
    }

    /** The inline text of {@code container}, split into lines at hard breaks and {@code <br>}. */
    private List<TextLine> lines(Node container) {
      Lines lines = new Lines();
      inlines(container, lines);
      return lines.finish();
    }

    private void inlines(Node parent, Lines lines) {
      for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
        if (node instanceof Text text) {
          lines.source(text.getLiteral(), node.getSourceSpans());
        } else if (node instanceof Code code) {
          lines.source(code.getLiteral(), node.getSourceSpans());
        } else if (node instanceof SoftLineBreak) {
          // Kept as a line break for sentence splitting (see TextAnalyzer.lineGroups).
          lines.inserted("\n");
        } else if (node instanceof HardLineBreak) {
          lines.breakLine();
        } else if (node instanceof HtmlInline html) {
          if (LINE_BREAK_TAG.matcher(html.getLiteral()).matches()) {
            lines.breakLine();
          } else {
            comments(html.getLiteral(), html.getSourceSpans());
          }
        } else if (!(node instanceof Image)) {
          inlines(node, lines);
        }
      }
    }

    private void comments(String html, List<SourceSpan> spans) {
      if (spans.isEmpty()) {
        return;
      }
      int firstLine = spans.get(0).getLineIndex() + 1;
      Matcher comment = COMMENT.matcher(html);
      while (comment.find()) {
        int line = firstLine + (int) html.substring(0, comment.end()).chars().filter(c -> c == '\n').count();
        builder.addComment(new SourceComment(comment.group(1).strip(), line));
      }
    }
  }

  /** Collects inline pieces into lines. Mutable: filled while walking one block's inlines. */
  private static final class Lines {
    private final List<TextLine> done = new ArrayList<>();
    private List<TextLine.Piece> pieces = new ArrayList<>();

    void source(String literal, List<SourceSpan> spans) {
      if (spans.isEmpty()) {
        inserted(literal);
        return;
      }
      SourceSpan first = spans.get(0);
      SourceSpan last = spans.get(spans.size() - 1);
      pieces.add(new TextLine.Piece(literal, first.getInputIndex(), last.getInputIndex() + last.getLength()));
    }

    void inserted(String text) {
      pieces.add(new TextLine.Piece(text, -1, -1));
    }

    void breakLine() {
      done.add(new TextLine(pieces));
      pieces = new ArrayList<>();
    }

    List<TextLine> finish() {
      breakLine();
      return done;
    }
  }
}
