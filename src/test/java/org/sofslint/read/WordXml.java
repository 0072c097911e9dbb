package org.sofslint.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Builds small .docx files from hand-written WordprocessingML, so a test shows exactly the XML it
 * reads: tracked changes, content controls, text boxes, localised styles, bad parts. Test data
 * only; every word in it is invented.
 */
public final class WordXml {
  public static final String NAMESPACES = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
      + " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\""
      + " xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\""
      + " xmlns:v=\"urn:schemas-microsoft-com:vml\""
      + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" mc:Ignorable=\"wps\"";

  private final Map<String, String> parts = new LinkedHashMap<>();
  private String body = "";
  private String styles;
  private String comments;
  private String header;

  public static WordXml body(String bodyXml) {
    WordXml word = new WordXml();
    word.body = bodyXml;
    return word;
  }

  /** Styles, given as {@code w:style} elements. */
  public WordXml styles(String styleElements) {
    this.styles = styleElements;
    return this;
  }

  /** Comments, given as {@code w:comment} elements. */
  public WordXml comments(String commentElements) {
    this.comments = commentElements;
    return this;
  }

  public WordXml header(String paragraphs) {
    this.header = paragraphs;
    return this;
  }

  /** A part written as given, replacing the one the builder would write. */
  public WordXml part(String name, String content) {
    parts.put(name, content);
    return this;
  }

  public static String p(String text) {
    return "<w:p><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
  }

  public static String styled(String style, String text) {
    return "<w:p><w:pPr><w:pStyle w:val=\"" + style + "\"/></w:pPr><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
  }

  public static String bold(String text) {
    return "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
  }

  public static String bullet(int level, String text) {
    return "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"" + level + "\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>"
        + "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
  }

  /** A table of plain cells; a cell's text may hold {@code <br>} for a manual line break. */
  public static String table(String[]... rows) {
    StringBuilder xml = new StringBuilder("<w:tbl>");
    for (String[] row : rows) {
      xml.append("<w:tr>");
      for (String cell : row) {
        xml.append("<w:tc><w:p>");
        String[] lines = cell.split("<br>", -1);
        for (int i = 0; i < lines.length; i++) {
          if (i > 0) {
            xml.append("<w:r><w:br/></w:r>");
          }
          xml.append("<w:r><w:t xml:space=\"preserve\">").append(lines[i]).append("</w:t></w:r>");
        }
        xml.append("</w:p></w:tc>");
      }
      xml.append("</w:tr>");
    }
    return xml.append("</w:tbl>").toString();
  }

  public byte[] bytes() {
    Map<String, String> all = new LinkedHashMap<>();
    StringBuilder overrides = new StringBuilder();
    StringBuilder relationships = new StringBuilder();
    all.put("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
        + "</Relationships>");
    all.put("word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document " + NAMESPACES
        + "><w:body>" + body + "</w:body></w:document>");
    if (styles != null) {
      part(all, overrides, relationships, "styles", "styles.xml",
          "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml",
          "<w:styles " + NAMESPACES + ">" + styles + "</w:styles>");
    }
    if (comments != null) {
      part(all, overrides, relationships, "comments", "comments.xml",
          "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml",
          "<w:comments " + NAMESPACES + ">" + comments + "</w:comments>");
    }
    if (header != null) {
      part(all, overrides, relationships, "header", "header1.xml",
          "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml",
          "<w:hdr " + NAMESPACES + ">" + header + "</w:hdr>");
    }
    all.put("word/_rels/document.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" + relationships + "</Relationships>");
    all.put("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
        + overrides + "</Types>");
    all.putAll(parts);
    return zip(all);
  }

  public Path write(Path file) {
    try {
      return Files.write(file, bytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void part(Map<String, String> all, StringBuilder overrides, StringBuilder relationships,
      String type, String name, String contentType, String xml) {
    all.put("word/" + name, "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" + xml);
    overrides.append("<Override PartName=\"/word/").append(name).append("\" ContentType=\"").append(contentType).append("\"/>");
    relationships.append("<Relationship Id=\"r").append(type).append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/")
        .append(type).append("\" Target=\"").append(name).append("\"/>");
  }

  /** The parts of a .docx (or any zip), by name. */
  public static Map<String, byte[]> unzip(Path file) throws IOException {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(Files.newInputStream(file))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        parts.put(entry.getName(), zip.readAllBytes());
      }
    }
    return parts;
  }

  /** A zip of the given entries, in order, deflated. */
  public static byte[] zip(Map<String, String> entries) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, String> entry : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(entry.getKey()));
        zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
