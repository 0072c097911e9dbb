package org.sofslint.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads the comments of a .docx the way Word shows them, independently of sofslint's own Word
 * code (the JDK's XML parser on the raw parts): each comment's author and text, and the words
 * its range covers in the body, tracked deletions, hidden runs and alternate-content
 * fallbacks left out as Word leaves them out.
 */
final class WordComments {
  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

  record Comment(String id, String author, String text, String anchor) {}

  private WordComments() {}

  static List<Comment> of(Path docx) throws Exception {
    Map<String, byte[]> parts = parts(docx);
    Map<String, StringBuilder> anchors = new LinkedHashMap<>();
    Map<String, StringBuilder> open = new HashMap<>();
    walk(parse(parts.get("word/document.xml")).getDocumentElement(), anchors, open, false);
    List<Comment> comments = new ArrayList<>();
    if (!parts.containsKey("word/comments.xml")) {
      return comments;
    }
    Element root = parse(parts.get("word/comments.xml")).getDocumentElement();
    for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element comment && "comment".equals(comment.getLocalName())) {
        String id = comment.getAttributeNS(W, "id");
        List<String> paragraphs = new ArrayList<>();
        for (Node p = comment.getFirstChild(); p != null; p = p.getNextSibling()) {
          if (p instanceof Element e && "p".equals(e.getLocalName())) {
            paragraphs.add(e.getTextContent());
          }
        }
        StringBuilder anchor = anchors.get(id);
        comments.add(new Comment(id, comment.getAttributeNS(W, "author"), String.join("\n", paragraphs),
            anchor == null ? null : anchor.toString()));
      }
    }
    return comments;
  }

  private static void walk(Element element, Map<String, StringBuilder> anchors, Map<String, StringBuilder> open, boolean hidden) {
    for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (!(n instanceof Element e)) {
        continue;
      }
      String name = e.getLocalName();
      if (MC.equals(e.getNamespaceURI()) && name.equals("Fallback")) {
        continue;
      }
      if (!W.equals(e.getNamespaceURI())) {
        walk(e, anchors, open, hidden);
        continue;
      }
      switch (name) {
        case "commentRangeStart" -> {
          StringBuilder text = new StringBuilder();
          anchors.put(e.getAttributeNS(W, "id"), text);
          open.put(e.getAttributeNS(W, "id"), text);
        }
        case "commentRangeEnd" -> open.remove(e.getAttributeNS(W, "id"));
        case "del", "moveFrom", "rPr", "pPr", "instrText" -> { }
        case "r" -> walk(e, anchors, open, isHidden(e));
        case "t" -> append(open, hidden ? "" : e.getTextContent());
        case "tab" -> append(open, hidden ? "" : "\t");
        case "br", "cr" -> append(open, hidden ? "" : " ");
        case "p" -> {
          walk(e, anchors, open, hidden);
          append(open, "\n");
        }
        default -> walk(e, anchors, open, hidden);
      }
    }
  }

  private static boolean isHidden(Element run) {
    for (Node n = run.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element properties && "rPr".equals(properties.getLocalName())) {
        return properties.getElementsByTagNameNS(W, "vanish").getLength() > 0;
      }
    }
    return false;
  }

  private static void append(Map<String, StringBuilder> open, String text) {
    open.values().forEach(anchor -> anchor.append(text));
  }

  private static org.w3c.dom.Document parse(byte[] xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
  }

  private static Map<String, byte[]> parts(Path docx) throws IOException {
    Map<String, byte[]> parts = new HashMap<>();
    try (InputStream file = Files.newInputStream(docx); ZipInputStream zip = new ZipInputStream(file)) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        parts.put(entry.getName(), zip.readAllBytes());
      }
    }
    return parts;
  }
}
