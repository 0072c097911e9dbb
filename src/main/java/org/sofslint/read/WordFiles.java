package org.sofslint.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.EmptyFileException;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.ooxml.util.DocumentHelper;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlException;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * Opens Word files with Apache POI, or says in one plain sentence why a file cannot be read:
 * not a zip, damaged, a legacy .doc, password-protected, a zip bomb, XML with a DOCTYPE.
 * POI's zip-security limits are process-wide statics; they are set here, once, on purpose.
 */
public final class WordFiles {
  /** Word files carry pictures, so they may be larger than a text report; the text inside is still limited. */
  public static final long MAX_BYTES = 25L * 1024 * 1024;
  /** No part of a real report's .docx comes near this once inflated; a larger one is refused unread. */
  static final long MAX_PART_BYTES = 20L * 1024 * 1024;
  /** A part that inflates more than 100 times its packed size is a zip bomb, not a document. */
  static final double MIN_INFLATE_RATIO = 0.01;
  static final long MAX_PARTS = 1000;
  /** Word's "Strict Open XML Document" names its elements here, where POI's schema types do not look. */
  private static final String STRICT_WORDPROCESSING = "http://purl.oclc.org/ooxml/wordprocessingml/main";
  /** The relationship from the main part to its styles, as {@code XWPFRelation.STYLES} names it. */
  private static final String STYLES_RELATIONSHIP =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";

  static {
    ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
    ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
    ZipSecureFile.setMaxFileCount(MAX_PARTS);
    ZipSecureFile.setGraceEntrySize(64 * 1024);
  }

  /** How the document is opened: straight from the file for reading, or copied into memory to edit a copy. */
  public enum Access { READ, COPY }

  private WordFiles() {}

  /**
   * Opens {@code file} as a Word document. With {@link Access#READ} the file is read in place and
   * never written; with {@link Access#COPY} its bytes are copied into memory first, so the
   * document can be changed and written elsewhere while the file stays as it is.
   */
  public static XWPFDocument open(Path file, Access access) throws InputException {
    return read(file, access, (pkg, main) -> new XWPFDocument(pkg), true);
  }

  /**
   * A Word document's body and its styles, as the JDK's DOM: all the reader needs. Building
   * POI's {@link XWPFDocument} loads XMLBeans and its schema types, about a quarter of a second
   * of a cold run, which only the annotator, which edits the document, needs.
   *
   * @param body the {@code w:body} element
   * @param styles the {@code w:styles} element of the styles part, if the document has one
   */
  public record Parts(Element body, Optional<Element> styles) {}

  /** Reads {@code file}'s body and styles, in place; the file is never written. */
  public static Parts readParts(Path file) throws InputException {
    return read(file, Access.READ, (pkg, main) -> {
      Element document = parse(main);
      if (STRICT_WORDPROCESSING.equals(document.getNamespaceURI())) {
        throw new InputException("this .docx is a Strict Open XML Document, which sofslint cannot read;"
            + " in Word, save it as a Word Document (.docx)");
      }
      Element body = WordText.child(document, "body");
      if (!WordText.is(document, "document") || body == null) {
        throw new InputException("the document's XML is damaged and cannot be read");
      }
      Optional<PackagePart> styles = stylesPart(main);
      return new Parts(body, styles.isPresent() ? Optional.of(parse(styles.get())) : Optional.empty());
    }, false);
  }

  /** What is read from an opened package, given the package and its main part. */
  private interface PackageReader<T> {
    T read(OPCPackage pkg, PackagePart main) throws InputException, IOException, InvalidFormatException, SAXException;
  }

  /**
   * Opens {@code file}'s package and hands it to {@code reader}; the package is closed without
   * writing unless {@code keepOpen} asks for it to stay open once read.
   */
  private static <T> T read(Path file, Access access, PackageReader<T> reader, boolean keepOpen) throws InputException {
    try {
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        throw new InputException(String.format(Locale.ROOT,
            "the file is %.1f MB, over the %d MB limit for a Word document", size / 1048576.0, MAX_BYTES / 1048576));
      }
      if (size == 0) {
        throw new InputException("the file is empty; there is nothing to check");
      }
      FileMagic magic;
      try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(file))) {
        magic = FileMagic.valueOf(in);
      }
      if (magic != FileMagic.OOXML) {
        throw new InputException(notOoxml(file, magic));
      }
      OPCPackage pkg = access == Access.READ
          ? OPCPackage.open(file.toFile(), PackageAccess.READ)
          : OPCPackage.open(new ByteArrayInputStream(Files.readAllBytes(file)));
      boolean open = false;
      try {
        T read = reader.read(pkg, wordprocessingPart(pkg));
        open = keepOpen;
        return read;
      } finally {
        if (!open) {
          pkg.revert();
        }
      }
    } catch (InputException e) {
      throw e;
    } catch (AccessDeniedException e) {
      throw new InputException("cannot be read: permission denied");
    } catch (NoSuchFileException e) {
      throw new InputException("no such file or folder");
    } catch (EmptyFileException e) {
      throw new InputException("the file is empty; there is nothing to check");
    } catch (IOException | InvalidFormatException | SAXException | RuntimeException e) {
      throw new InputException(problem(e));
    }
  }

  /** A part's XML, parsed by POI's hardened DOM builder, which refuses a DOCTYPE and so any entity. */
  private static Element parse(PackagePart part) throws IOException, SAXException {
    try (InputStream in = part.getInputStream()) {
      return DocumentHelper.readDocument(in).getDocumentElement();
    }
  }

  /** The main part's styles part, as POI's {@link XWPFDocument} finds it: the target of its styles relationship. */
  private static Optional<PackagePart> stylesPart(PackagePart main) throws InvalidFormatException {
    for (PackageRelationship relationship : main.getRelationshipsByType(STYLES_RELATIONSHIP)) {
      if (relationship.getTargetMode() == TargetMode.INTERNAL) {
        try {
          return Optional.ofNullable(main.getRelatedPart(relationship));
        } catch (IllegalArgumentException e) {
          // A relationship to a part the package lacks; XWPFDocument reads such a document without styles too.
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  /** Closes a document opened for reading without writing anything back. */
  public static void close(XWPFDocument document) {
    document.getPackage().revert();
  }

  private static String notOoxml(Path file, FileMagic magic) throws IOException {
    return switch (magic) {
      case OLE2 -> ole2(file);
      case PDF -> "this is a PDF with a .docx name, not a Word document";
      case RTF -> "this is an RTF file with a .docx name; open it in Word and save it as .docx";
      case HTML, XML -> "this is a web page or XML file with a .docx name, not a Word document";
      default -> "not a Word document: a .docx file is a zip archive, and this file is not one";
    };
  }

  /** An OLE2 compound file with a .docx name: an encrypted .docx, a legacy .doc, or something else. */
  private static String ole2(Path file) throws IOException {
    try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
      if (fs.getRoot().hasEntry("EncryptedPackage")) {
        return "the document is password-protected (encrypted); remove the password in Word and save a copy to check";
      }
      if (fs.getRoot().hasEntry("WordDocument")) {
        return "this is a legacy Word 97-2003 document (.doc) with a .docx name; open it in Word and save it as .docx";
      }
      return "this is a legacy Office file, not a Word .docx document";
    } catch (IOException | RuntimeException e) {
      return "this is a damaged legacy Office file, not a Word .docx document";
    }
  }

  /** The package's main part, which must be a Word document, not a workbook or a presentation. */
  private static PackagePart wordprocessingPart(OPCPackage pkg) throws InputException {
    PackageRelationshipCollection main = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
    if (main.isEmpty()) {
      main = pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT);
    }
    PackagePart part = main.isEmpty() ? null : pkg.getPart(main.getRelationship(0));
    if (part == null) {
      throw new InputException("a zip archive, but not a Word document (it holds no Office document)");
    }
    if (!part.getContentType().contains("wordprocessingml")) {
      throw new InputException("an Office file, but not a Word document (" + kindOf(part.getContentType())
          + "); sofslint reads Word .docx reports");
    }
    return part;
  }

  private static String kindOf(String contentType) {
    return contentType.contains("spreadsheetml") ? "it is a spreadsheet"
        : contentType.contains("presentationml") ? "it is a presentation" : "its main part is " + contentType;
  }

  /** One sentence for what went wrong, never the exception's own text (which may quote the document). */
  private static String problem(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      String message = String.valueOf(cause.getMessage());
      if (message.contains("max. ratio")) {
        return "refused: a part of this .docx expands to more than " + Math.round(1 / MIN_INFLATE_RATIO)
            + " times its packed size, as a zip bomb does";
      }
      if (message.contains("max size of the expanded data")) {
        return "refused: a part of this .docx expands to more than " + MAX_PART_BYTES / 1048576 + " MB";
      }
      if (message.contains("MAX_FILE_COUNT")) {
        return "refused: this .docx holds more than " + MAX_PARTS + " parts";
      }
      if (cause instanceof XmlException || cause instanceof org.xml.sax.SAXException) {
        return message.contains("DOCTYPE")
            ? "refused: the document's XML declares a DOCTYPE (entities), which Word never writes; nothing in it was fetched"
            : "the document's XML is damaged and cannot be read";
      }
      if (cause instanceof OLE2NotOfficeXmlFileException) {
        return "this is a legacy Office file, not a Word .docx document";
      }
      if (cause instanceof NotOfficeXmlFileException || cause instanceof UnsupportedFileFormatException
          || message.contains("content type part")) {
        return "a zip archive, but not a Word document (it holds no Office document)";
      }
    }
    return "the file is damaged or incomplete and cannot be read as a Word document (was it cut short when copied?)";
  }
}
