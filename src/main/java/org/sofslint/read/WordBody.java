package org.sofslint.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.sofslint.document.WordPlace;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The body of a Word document in reading order: paragraphs and tables, content controls
 * opened, text boxes read after the paragraph or table that anchors them. Headers, footers,
 * footnotes and comments live in other parts and are never reached. Each paragraph gets its
 * {@link WordPlace}, its heading level (from its style, the style's outline level, or a short
 * all-bold line standing alone) and its list depth. The reader and the annotator both walk a
 * document with this class, so a finding lands on the paragraph it was found in.
 */
public final class WordBody {
  /** A short bold paragraph standing alone reads as a heading when it has at most this many words. */
  private static final int BOLD_HEADING_WORDS = 10;
  /** Heading styles by built-in id or name, including the names localised copies of Word give them. */
  private static final Pattern HEADING_STYLE = Pattern.compile(
      "(?iu)(?:heading|überschrift|berschrift|titre|titolo|t[ií]tulo|kop|rubrik|nag[łl]?[óo]wek|overskrift|otsikko"
      + "|заголовок|encabezado|cabe[çc]alho|nadpis|c[íi]msor)\\s*([1-6])");
  private static final Pattern TITLE_STYLE = Pattern.compile("(?iu)title|titel|titre|t[ií]tulo|titolo|tytu[łl]|otsikko|заголовок|c[íi]m");

  /**
   * A paragraph with everything the reader and the annotator need. {@code headingLevel} 0 is
   * none, 7 a bold label; {@code textBoxRun} is, for a paragraph in a text box, the run in the
   * body that anchors the text box.
   */
  public record Paragraph(Element element, WordPlace place, WordText.Paragraph text, int headingLevel, int listDepth,
      Optional<Element> textBoxRun) {}

  /** What the body holds, in reading order. */
  public sealed interface Item {}

  public record Text(Paragraph paragraph) implements Item {}

  /**
   * A table as rows of cells laid out on the table's grid (a cell spanning two grid columns is
   * followed by an empty one), each cell its paragraphs, nested tables' paragraphs included.
   */
  public record Table(List<List<List<Paragraph>>> rows) implements Item {}

  private final List<Item> items;
  private final List<Paragraph> paragraphs;

  private WordBody(List<Item> items, List<Paragraph> paragraphs) {
    this.items = List.copyOf(items);
    this.paragraphs = List.copyOf(paragraphs);
  }

  /** The body of a document POI has built, for the annotator: its paragraphs are the document's own elements. */
  public static WordBody of(XWPFDocument document) {
    XWPFStyles styles = document.getStyles();
    return of((Element) document.getDocument().getBody().getDomNode(),
        Optional.ofNullable(styles).map(s -> (Element) s.getCtStyles().getDomNode()));
  }

  /** The body of a document read as DOM ({@link WordFiles#readParts}), for the reader. */
  public static WordBody of(WordFiles.Parts parts) {
    return of(parts.body(), parts.styles());
  }

  private static WordBody of(Element body, Optional<Element> styles) {
    Walk walk = new Walk(new Styles(styles));
    walk.blocks(body, walk.body());
    walk.flushBoxes();
    return new WordBody(walk.items, walk.paragraphs);
  }

  public List<Item> items() {
    return items;
  }

  /** Every paragraph in reading order: paragraph {@code i} is line {@code i + 1} of the reader's text. */
  public List<Paragraph> paragraphs() {
    return paragraphs;
  }

  /** Where paragraphs are being numbered: the body, a table cell, or a text box. */
  private interface Context {
    WordPlace next(String heading);

    /** The run anchoring the text box being read, if one is. */
    default Optional<Element> textBoxRun() {
      return Optional.empty();
    }
  }

  /** One walk over one document. Mutable: it counts paragraphs, tables and text boxes as it goes. */
  private static final class Walk {
    private final Styles styles;
    private final List<Item> items = new ArrayList<>();
    private final List<Paragraph> paragraphs = new ArrayList<>();
    private final List<WordText.TextBox> pendingBoxes = new ArrayList<>();
    private int bodyParagraphs;
    private int tables;
    private int boxes;
    private String heading = "";
    /** The table being read, or null at the top level of the body or a text box. */
    private List<Paragraph> cell;

    Walk(Styles styles) {
      this.styles = styles;
    }

    Context body() {
      return h -> new WordPlace.Body(++bodyParagraphs, h);
    }

    void blocks(Element parent, Context context) {
      for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
        if (!(n instanceof Element e)) {
          continue;
        }
        if (WordText.is(e, "p")) {
          paragraph(e, context);
        } else if (WordText.is(e, "tbl")) {
          table(e, context);
        } else if (WordText.is(e, "sdt")) {
          Element content = WordText.child(e, "sdtContent");
          if (content != null) {
            blocks(content, context);
          }
        } else if (WordText.is(e, "customXml") || WordText.is(e, "ins") || WordText.is(e, "moveTo")) {
          blocks(e, context);
        } else if (WordText.isMc(e, "AlternateContent")) {
          WordText.choice(e).ifPresent(choice -> blocks(choice, context));
        }
      }
    }

    private void paragraph(Element p, Context context) {
      WordText.Paragraph text = WordText.of(p);
      Element properties = WordText.child(p, "pPr");
      int level = styles.headingLevel(properties);
      int depth = level == 0 ? styles.listDepth(properties) : 0;
      if (level == 0 && depth == 0 && cell == null && isBoldLabel(text, properties, styles)) {
        level = ProseWriter.LABEL_LEVEL;
      }
      Paragraph paragraph = new Paragraph(p, context.next(heading), text, level, depth, context.textBoxRun());
      paragraphs.add(paragraph);
      pendingBoxes.addAll(text.textBoxes());
      if (level > 0 && !text.text().isBlank()) {
        heading = text.text().replace(WordText.LINE_BREAK, ' ').strip();
      }
      if (cell != null) {
        cell.add(paragraph);
      } else {
        items.add(new Text(paragraph));
        flushBoxes();
      }
    }

    private void table(Element tbl, Context outer) {
      if (cell != null) {
        // A table inside a cell: its paragraphs belong to the cell that holds it.
        for (Element row : rows(tbl)) {
          for (Element tc : cells(row)) {
            blocks(tc, outer);
          }
        }
        return;
      }
      int table = outer instanceof BoxContext ? 0 : ++tables;
      List<List<List<Paragraph>>> grid = new ArrayList<>();
      int rowNumber = 0;
      for (Element row : rows(tbl)) {
        rowNumber++;
        List<List<Paragraph>> cellsOfRow = new ArrayList<>();
        int cellNumber = 0;
        for (Element tc : cells(row)) {
          cellNumber++;
          cell = new ArrayList<>();
          int paragraphCount = countParagraphs(tc);
          int[] paragraphInCell = {0};
          int r = rowNumber;
          int c = cellNumber;
          Context context = outer instanceof BoxContext box ? box
              : h -> new WordPlace.Cell(table, r, c, ++paragraphInCell[0], paragraphCount, h);
          blocks(tc, context);
          cellsOfRow.add(cell);
          for (int span = gridSpan(tc); span > 1; span--) {
            cellsOfRow.add(List.of());
          }
        }
        cell = null;
        grid.add(cellsOfRow);
      }
      cell = null;
      items.add(new Table(grid));
      flushBoxes();
    }

    void flushBoxes() {
      while (!pendingBoxes.isEmpty()) {
        WordText.TextBox box = pendingBoxes.remove(0);
        blocks(box.content(), new BoxContext(++boxes, box.run()));
      }
    }

    private static int countParagraphs(Element container) {
      int count = 0;
      for (Node n = container.getFirstChild(); n != null; n = n.getNextSibling()) {
        if (WordText.is(n, "p")) {
          count++;
        } else if (n instanceof Element e && !WordText.is(n, "tcPr")) {
          count += countParagraphs(e);
        }
      }
      return count;
    }

    private static boolean isBoldLabel(WordText.Paragraph text, Element properties, Styles styles) {
      String plain = text.text().strip();
      if (plain.isEmpty() || plain.indexOf(WordText.LINE_BREAK) >= 0 || plain.split("\\s+").length > BOLD_HEADING_WORDS
          || ".,;!".indexOf(plain.charAt(plain.length() - 1)) >= 0) {
        return false;
      }
      for (WordText.Atom atom : text.atoms()) {
        boolean visible = !text.text().substring(atom.start(), atom.end()).isBlank();
        if (visible && !styles.isBold(atom.run(), properties)) {
          return false;
        }
      }
      return true;
    }
  }

  /** Paragraphs of the {@code box}th text box, tables in it included. */
  private static final class BoxContext implements Context {
    private final int box;
    private final Element run;
    private int paragraph;

    BoxContext(int box, Element run) {
      this.box = box;
      this.run = run;
    }

    @Override
    public Optional<Element> textBoxRun() {
      return Optional.of(run);
    }

    @Override
    public WordPlace next(String heading) {
      return new WordPlace.TextBox(box, ++paragraph, heading);
    }
  }

  /** Rows of a table, leaving out rows deleted as a tracked change; rows in content controls included. */
  private static List<Element> rows(Element tbl) {
    List<Element> rows = new ArrayList<>();
    collect(tbl, "tr", rows);
    rows.removeIf(row -> WordText.child(WordText.child(row, "trPr"), "del") != null);
    return rows;
  }

  private static List<Element> cells(Element row) {
    List<Element> cells = new ArrayList<>();
    collect(row, "tc", cells);
    return cells;
  }

  private static void collect(Element parent, String name, List<Element> into) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (WordText.is(n, name)) {
        into.add((Element) n);
      } else if (WordText.is(n, "sdt") || WordText.is(n, "sdtContent") || WordText.is(n, "customXml")) {
        collect((Element) n, name, into);
      }
    }
  }

  private static int gridSpan(Element tc) {
    Element span = WordText.child(WordText.child(tc, "tcPr"), "gridSpan");
    try {
      return span == null ? 1 : Math.max(1, Math.min(64, Integer.parseInt(WordText.val(span))));
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  /** Heading levels, list numbering and bold, from a paragraph's properties and its style chain. */
  private static final class Styles {
    private static final int MAX_CHAIN = 16;
    /** Each {@code w:style} by its id, the first of an id as POI's {@code XWPFStyles.getStyle} finds it; null without a styles part. */
    private final Map<String, Element> byId;
    private final Map<String, Integer> headingLevels = new HashMap<>();

    Styles(Optional<Element> styles) {
      this.byId = styles.map(Styles::byId).orElse(null);
    }

    private static Map<String, Element> byId(Element styles) {
      Map<String, Element> byId = new HashMap<>();
      for (Node n = styles.getFirstChild(); n != null; n = n.getNextSibling()) {
        if (WordText.is(n, "style") && ((Element) n).hasAttributeNS(WordText.W, "styleId")) {
          byId.putIfAbsent(((Element) n).getAttributeNS(WordText.W, "styleId"), (Element) n);
        }
      }
      return byId;
    }

    int headingLevel(Element properties) {
      Element outline = WordText.child(properties, "outlineLvl");
      if (outline != null) {
        return outlineLevel(outline);
      }
      Element style = WordText.child(properties, "pStyle");
      return style == null ? 0 : headingLevels.computeIfAbsent(WordText.val(style), this::styleHeadingLevel);
    }

    int listDepth(Element properties) {
      Element numbering = WordText.child(properties, "numPr");
      if (numbering == null) {
        Element style = WordText.child(properties, "pStyle");
        numbering = style == null ? null : styleProperty(WordText.val(style), "pPr", "numPr");
      }
      if (numbering == null) {
        return 0;
      }
      Element numId = WordText.child(numbering, "numId");
      if (numId != null && WordText.val(numId).equals("0")) {
        return 0;
      }
      Element level = WordText.child(numbering, "ilvl");
      return 1 + (level == null ? 0 : parse(WordText.val(level), 0, 8));
    }

    /** Bold set on the run, else by its character style, else by the paragraph's style. */
    boolean isBold(Element run, Element paragraphProperties) {
      Element properties = WordText.child(run, "rPr");
      Element direct = WordText.child(properties, "b");
      if (direct != null) {
        return WordText.isOn(direct);
      }
      Element runStyle = WordText.child(properties, "rStyle");
      Element styled = runStyle == null ? null : styleProperty(WordText.val(runStyle), "rPr", "b");
      if (styled == null) {
        Element paragraphStyle = WordText.child(paragraphProperties, "pStyle");
        styled = paragraphStyle == null ? null : styleProperty(WordText.val(paragraphStyle), "rPr", "b");
      }
      return WordText.isOn(styled);
    }

    private int styleHeadingLevel(String id) {
      String current = id;
      for (int i = 0; i < MAX_CHAIN && current != null && byId != null; i++) {
        Element style = byId.get(current);
        if (style == null) {
          return namedLevel(current);
        }
        int named = Math.max(namedLevel(current), namedLevel(property(style, "name")));
        if (named > 0) {
          return named;
        }
        Element outline = WordText.child(WordText.child(style, "pPr"), "outlineLvl");
        if (outline != null) {
          return outlineLevel(outline);
        }
        current = basedOn(style);
      }
      return byId == null ? namedLevel(id) : 0;
    }

    /** Property {@code name} in the {@code group} ({@code pPr} or {@code rPr}) of a style or the styles it is based on. */
    private Element styleProperty(String id, String group, String name) {
      String current = id;
      for (int i = 0; i < MAX_CHAIN && current != null && byId != null; i++) {
        Element style = byId.get(current);
        if (style == null) {
          return null;
        }
        Element found = WordText.child(WordText.child(style, group), name);
        if (found != null) {
          return found;
        }
        current = basedOn(style);
      }
      return null;
    }

    /** The style a style is based on, or null: a {@code w:basedOn} with no value ends the chain, as in POI. */
    private static String basedOn(Element style) {
      Element basedOn = WordText.child(style, "basedOn");
      return basedOn == null || !basedOn.hasAttributeNS(WordText.W, "val") ? null : WordText.val(basedOn);
    }

    /** A style's property such as its {@code w:name}, or "" when it has none. */
    private static String property(Element style, String name) {
      Element property = WordText.child(style, name);
      return property == null ? "" : WordText.val(property);
    }

    private static int namedLevel(String name) {
      String trimmed = name.strip();
      Matcher heading = HEADING_STYLE.matcher(trimmed);
      if (heading.matches()) {
        return Integer.parseInt(heading.group(1));
      }
      return TITLE_STYLE.matcher(trimmed).matches() ? 1 : 0;
    }

    /** Outline levels 0–5 are headings 1–6; 9 is body text. */
    private static int outlineLevel(Element outline) {
      int level = parse(WordText.val(outline), 9, 9);
      return level < 6 ? level + 1 : 0;
    }

    private static int parse(String value, int otherwise, int max) {
      try {
        return Math.max(0, Math.min(max, Integer.parseInt(value)));
      } catch (NumberFormatException e) {
        return otherwise;
      }
    }
  }
}
