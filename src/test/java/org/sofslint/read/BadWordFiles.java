package org.sofslint.read;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.sofslint.TestKit;

/**
 * Bad Word files, made here so each shows exactly what is wrong with it: cut short, not a zip,
 * a zip of something else, a spreadsheet, encrypted, a legacy .doc, a zip bomb, an external
 * entity, empty. Shared by the reader's tests and the command line's batch test.
 */
public final class BadWordFiles {
  /** How far the zip bomb inflates. */
  public static final int BOMB_MEGABYTES = 200;

  private BadWordFiles() {}

  /** The one sentence the reader gives for a file it cannot read; fails when it reads the file. */
  static String problem(Path file) {
    try {
      new WordReader(TestKit.CLASSIFIER).read(file);
    } catch (InputException e) {
      return e.getMessage();
    }
    throw new AssertionError(file + " was read");
  }

  public static byte[] goodDocx() {
    return WordXml.body(WordXml.p("Mum is in denial.")).bytes();
  }

  /** Every bad file, by name, with the start of the sentence it must give. */
  public static Map<String, String> fixtures(Path dir) throws IOException {
    Map<String, String> expected = new LinkedHashMap<>();
    byte[] good = goodDocx();
    Files.write(dir.resolve("truncated.docx"), Arrays.copyOf(good, good.length / 2));
    expected.put("truncated.docx", "the file is damaged or incomplete");
    Files.writeString(dir.resolve("not-a-zip.docx"), "Dad is controlling. This was saved as text with a .docx name.");
    expected.put("not-a-zip.docx", "not a Word document: a .docx file is a zip archive, and this file is not one");
    Files.write(dir.resolve("plain-zip.docx"), WordXml.zip(Map.of("notes.txt", "nothing Office here")));
    expected.put("plain-zip.docx", "a zip archive, but not a Word document");
    Files.write(dir.resolve("spreadsheet.docx"), spreadsheet());
    expected.put("spreadsheet.docx", "an Office file, but not a Word document (it is a spreadsheet)");
    Files.write(dir.resolve("encrypted.docx"), encrypted(good));
    expected.put("encrypted.docx", "the document is password-protected (encrypted)");
    Files.write(dir.resolve("legacy.docx"), legacyDoc());
    expected.put("legacy.docx", "this is a legacy Word 97-2003 document (.doc) with a .docx name");
    Files.write(dir.resolve("bomb.docx"), bomb());
    expected.put("bomb.docx", "refused: a part of this .docx expands to more than 100 times its packed size");
    Files.write(dir.resolve("entity.docx"), externalEntity("file:///etc/passwd"));
    expected.put("entity.docx", "refused: the document's XML declares a DOCTYPE");
    Files.write(dir.resolve("styles-entity.docx"), stylesWithExternalEntity("file:///etc/passwd"));
    expected.put("styles-entity.docx", "refused: the document's XML declares a DOCTYPE");
    Files.write(dir.resolve("no-body.docx"), WordXml.body("").part("word/document.xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document " + WordXml.NAMESPACES + "><w:p/></w:document>").bytes());
    expected.put("no-body.docx", "the document's XML is damaged and cannot be read");
    Files.write(dir.resolve("strict.docx"), strict());
    expected.put("strict.docx", "this .docx is a Strict Open XML Document, which sofslint cannot read");
    Files.write(dir.resolve("empty.docx"), new byte[0]);
    expected.put("empty.docx", "the file is empty");
    return expected;
  }

  private static byte[] spreadsheet() {
    Map<String, String> parts = new LinkedHashMap<>();
    parts.put("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/></Types>");
    parts.put("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
        + "</Relationships>");
    parts.put("xl/workbook.xml", "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheets/></workbook>");
    return WordXml.zip(parts);
  }

  /** The good document encrypted as Word does it when a password is set (agile encryption, in an OLE2 file). */
  private static byte[] encrypted(byte[] docx) throws IOException {
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
      encryptor.confirmPassword("synthetic");
      try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(docx)); OutputStream out = encryptor.getDataStream(fs)) {
        pkg.save(out);
      } catch (Exception e) {
        throw new IOException(e);
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      fs.writeFilesystem(bytes);
      return bytes.toByteArray();
    }
  }

  /** An OLE2 compound file with a WordDocument stream, as every Word 97-2003 .doc has. */
  private static byte[] legacyDoc() throws IOException {
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      fs.createDocument(new ByteArrayInputStream(new byte[4096]), "WordDocument");
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      fs.writeFilesystem(bytes);
      return bytes.toByteArray();
    }
  }

  /**
   * A real document whose body is padded with 200 MB of blank space: about 200 KB on disk,
   * far more than a small heap once inflated.
   */
  private static byte[] bomb() throws IOException {
    Map<String, byte[]> parts = unzipped(WordXml.body(WordXml.p("Mum is in denial.")).bytes());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> part : parts.entrySet()) {
        zip.putNextEntry(new ZipEntry(part.getKey()));
        if (part.getKey().equals("word/document.xml")) {
          String xml = new String(part.getValue(), StandardCharsets.UTF_8);
          int body = xml.indexOf("</w:body>");
          zip.write(xml.substring(0, body).getBytes(StandardCharsets.UTF_8));
          byte[] blank = new byte[1 << 20];
          Arrays.fill(blank, (byte) ' ');
          for (int i = 0; i < BOMB_MEGABYTES; i++) {
            zip.write(blank);
          }
          zip.write(xml.substring(body).getBytes(StandardCharsets.UTF_8));
        } else {
          zip.write(part.getValue());
        }
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  private static Map<String, byte[]> unzipped(byte[] zip) throws IOException {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        parts.put(entry.getName(), in.readAllBytes());
      }
    }
    return parts;
  }

  /** The good document with its styles part declaring an external entity. */
  private static byte[] stylesWithExternalEntity(String address) {
    String styles = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE w:styles [<!ENTITY secret SYSTEM \"" + address
        + "\">]><w:styles " + WordXml.NAMESPACES + "><w:style w:styleId=\"Normal\"><w:name w:val=\"&secret;\"/></w:style></w:styles>";
    return WordXml.body(WordXml.p("Mum is in denial.")).styles("").part("word/styles.xml", styles).bytes();
  }

  /** The good document as Word saves a "Strict Open XML Document": its own relationship type and namespace. */
  private static byte[] strict() {
    String strictNamespace = "http://purl.oclc.org/ooxml/wordprocessingml/main";
    return WordXml.body("")
        .part("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument\""
            + " Target=\"word/document.xml\"/></Relationships>")
        .part("word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"" + strictNamespace
            + "\"><w:body>" + WordXml.p("Mum is in denial.") + "</w:body></w:document>")
        .bytes();
  }

  static byte[] externalEntity(String address) {
    String document = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE w:document [<!ENTITY secret SYSTEM \"" + address
        + "\">]><w:document " + WordXml.NAMESPACES + "><w:body>" + WordXml.p("Entity: &secret;") + "</w:body></w:document>";
    return WordXml.body("").part("word/document.xml", document).bytes();
  }

}
