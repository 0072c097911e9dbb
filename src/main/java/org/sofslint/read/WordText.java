package org.sofslint.read;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The text of one Word paragraph ({@code w:p}) as Word shows it, piece by piece: what inserted
 * tracked changes, hyperlinks, fields, content controls and smart tags hold is read; deleted
 * tracked changes, hidden text, field codes, comment marks and footnote marks are not. A tab is
 * {@code \t} and a manual line break {@code \u000B} (as in Word's own text), so one paragraph
 * stays one line. Text boxes anchored in the paragraph are collected, not read as its text.
 */
public final class WordText {
  public static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
  /** Word's own character for a manual line break inside a paragraph. */
  public static final char LINE_BREAK = '\u000B';

  /** One piece of paragraph text: a {@code w:t}, {@code w:tab} or {@code w:br} in run {@code run}, at {@code [start, end)}. */
  public record Atom(Element node, Element run, int start, int end) {}

  /** A text box's content ({@code w:txbxContent}) and the run that anchors it in its paragraph. */
  public record TextBox(Element content, Element run) {}

  /** A paragraph's text, its pieces in order, and the text boxes anchored in it. */
  public record Paragraph(String text, List<Atom> atoms, List<TextBox> textBoxes) {}

  private WordText() {}

  public static Paragraph of(Element paragraph) {
    Collector collector = new Collector();
    collector.content(paragraph);
    return new Paragraph(collector.text.toString(), List.copyOf(collector.atoms), List.copyOf(collector.boxes));
  }

  static boolean is(Node node, String name) {
    return node instanceof Element e && W.equals(e.getNamespaceURI()) && name.equals(e.getLocalName());
  }

  static boolean isMc(Node node, String name) {
    return node instanceof Element e && MC.equals(e.getNamespaceURI()) && name.equals(e.getLocalName());
  }

  /** The text held by an element such as {@code w:t} (XMLBeans' DOM has no {@code getTextContent}). */
  public static String textOf(Element element) {
    StringBuilder text = new StringBuilder();
    for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
        text.append(n.getNodeValue());
      }
    }
    return text.toString();
  }

  /** The first child element named {@code w:name}, or null. */
  static Element child(Element parent, String name) {
    for (Node n = parent == null ? null : parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (is(n, name)) {
        return (Element) n;
      }
    }
    return null;
  }

  /** The {@code w:val} of a property element; an on/off property with no value is on. */
  static String val(Element property) {
    return property.getAttributeNS(W, "val");
  }

  static boolean isOn(Element property) {
    if (property == null) {
      return false;
    }
    String v = val(property);
    return !(v.equals("0") || v.equals("false") || v.equals("off"));
  }

  /** Walks one paragraph's content. Mutable: it gathers text as it goes. */
  private static final class Collector {
    private final StringBuilder text = new StringBuilder();
    private final List<Atom> atoms = new ArrayList<>();
    private final List<TextBox> boxes = new ArrayList<>();

    void content(Element parent) {
      for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
        if (!(n instanceof Element e)) {
          continue;
        }
        if (W.equals(e.getNamespaceURI())) {
          switch (e.getLocalName()) {
            case "r" -> run(e);
            case "ins", "moveTo", "hyperlink", "smartTag", "customXml", "fldSimple", "dir", "bdo", "sdtContent" -> content(e);
            case "sdt" -> {
              Element inner = child(e, "sdtContent");
              if (inner != null) {
                content(inner);
              }
            }
            default -> { } // deletions, moves away, bookmarks, comment and proofing marks, properties
          }
        } else if (isMc(e, "AlternateContent")) {
          choice(e).ifPresent(this::content);
        }
      }
    }

    private void run(Element run) {
      if (isOn(child(child(run, "rPr"), "vanish"))) {
        return;
      }
      for (Node n = run.getFirstChild(); n != null; n = n.getNextSibling()) {
        if (!(n instanceof Element e)) {
          continue;
        }
        if (W.equals(e.getNamespaceURI())) {
          switch (e.getLocalName()) {
            case "t" -> add(e, run, textOf(e).replace('\n', ' ').replace('\r', ' '));
            case "tab", "ptab" -> add(e, run, "\t");
            case "br", "cr" -> add(e, run, String.valueOf(LINE_BREAK));
            case "noBreakHyphen" -> add(e, run, "\u2011");
            case "drawing", "pict", "object" -> findBoxes(e, run);
            default -> { } // field codes, deleted text, footnote and comment references, symbols
          }
        } else if (isMc(e, "AlternateContent")) {
          choice(e).ifPresent(choice -> findBoxes(choice, run));
        }
      }
    }

    private void add(Element node, Element run, String piece) {
      if (piece.isEmpty()) {
        return;
      }
      int start = text.length();
      text.append(piece);
      atoms.add(new Atom(node, run, start, text.length()));
    }

    /** Text boxes below {@code e}, reading only the first choice of alternate content (its fallback repeats it). */
    private void findBoxes(Element e, Element run) {
      for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
        if (!(n instanceof Element child)) {
          continue;
        }
        if (is(child, "txbxContent")) {
          boxes.add(new TextBox(child, run));
        } else if (isMc(child, "AlternateContent")) {
          choice(child).ifPresent(choice -> findBoxes(choice, run));
        } else {
          findBoxes(child, run);
        }
      }
    }
  }

  /** The first {@code mc:Choice} of an {@code mc:AlternateContent}; Word reads it and ignores the fallback. */
  static java.util.Optional<Element> choice(Element alternate) {
    for (Node n = alternate.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (isMc(n, "Choice")) {
        return java.util.Optional.of((Element) n);
      }
    }
    return java.util.Optional.empty();
  }
}
