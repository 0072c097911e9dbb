package org.sofslint.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFComments;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.sofslint.check.Finding;
import org.sofslint.document.Location;
import org.sofslint.document.WordPlace;
import org.sofslint.read.InputException;
import org.sofslint.read.WordBody;
import org.sofslint.read.WordFiles;
import org.sofslint.read.WordText;
import org.sofslint.rules.Suggestion;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Writes a copy of a Word document with one Word comment per finding, anchored to exactly the
 * matched words. Where a match starts or ends inside a run, the run is split in two, each half
 * keeping the run's formatting. Comments already in the document are kept. The document is
 * walked with {@link WordBody}, as the reader walked it, so a finding's line is its paragraph
 * and its columns are offsets in that paragraph's text. The source file is only read.
 */
public final class WordAnnotator {
  public static final String AUTHOR = "sofslint";
  private static final String INITIALS = "SL";
  private static final LocalDateTime FIXED_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

  private WordAnnotator() {}

  /** Writes the annotated copy of {@code source} to {@code out}; returns the number of comments added. */
  public static int annotate(Path source, List<Finding> findings, OutputStream out) throws InputException, IOException {
    XWPFDocument document = WordFiles.open(source, WordFiles.Access.COPY);
    try {
      List<WordBody.Paragraph> paragraphs = WordBody.of(document).paragraphs();
      List<Anchor> anchors = new ArrayList<>();
      for (Finding finding : findings.stream().sorted(Finding.ORDER).toList()) {
        anchor(finding, paragraphs).ifPresent(anchors::add);
      }
      splitRuns(anchors);
      XWPFComments comments = document.getDocComments() != null ? document.getDocComments() : document.createComments();
      long id = nextCommentId(comments);
      for (Anchor anchor : anchors) {
        String commentId = String.valueOf(id++);
        String lead = "";
        if (anchor instanceof InText inText) {
          mark(inText, commentId);
        } else if (anchor instanceof AtTextBox box) {
          mark(box, commentId);
          lead = "In text box " + box.box() + ", on '" + box.finding().match() + "': ";
        }
        write(comments.createComment(new BigInteger(commentId)), anchor.finding(), lead);
      }
      ByteArrayOutputStream written = new ByteArrayOutputStream();
      document.write(written);
      withFixedTimes(written.toByteArray(), out);
      return anchors.size();
    } finally {
      WordFiles.close(document);
    }
  }

  /**
   * Copies the zip POI wrote with every entry's time set to one fixed date: POI
   * stamps entries with the time of writing, and the same input must give the same bytes.
   */
  private static void withFixedTimes(byte[] zip, OutputStream out) throws IOException {
    ZipOutputStream copy = new ZipOutputStream(out);
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        ZipEntry fixed = new ZipEntry(entry.getName());
        fixed.setTimeLocal(FIXED_TIME);
        copy.putNextEntry(fixed);
        in.transferTo(copy);
        copy.closeEntry();
      }
    }
    copy.finish();
  }

  /** Where one finding's comment goes. */
  private sealed interface Anchor {
    Finding finding();
  }

  /** On the matched words: a paragraph and a {@code char} offset in its text for each end. */
  private record InText(Finding finding, Element startParagraph, int start, Element endParagraph, int end) implements Anchor {}

  /**
   * Word and LibreOffice do not keep comments on text inside a text box, so a finding there is a
   * comment at the point in the body where the box is anchored, saying which box and words.
   */
  private record AtTextBox(Finding finding, Element run, int box) implements Anchor {}

  private static java.util.Optional<Anchor> anchor(Finding finding, List<WordBody.Paragraph> paragraphs) {
    Location at = finding.location();
    if (at.line() > paragraphs.size() || at.endLine() > paragraphs.size()) {
      return java.util.Optional.empty();
    }
    WordBody.Paragraph first = paragraphs.get(at.line() - 1);
    WordBody.Paragraph last = paragraphs.get(at.endLine() - 1);
    if (first.textBoxRun().isPresent() && first.place() instanceof WordPlace.TextBox box) {
      return java.util.Optional.of(new AtTextBox(finding, first.textBoxRun().get(), box.box()));
    }
    return java.util.Optional.of(new InText(finding,
        first.element(), charOffset(first.text().text(), at.column()),
        last.element(), charOffset(last.text().text(), at.endColumn())));
  }

  /** A 1-based column in code points as a {@code char} offset, held to the text. */
  private static int charOffset(String text, int column) {
    int codePoints = text.codePointCount(0, text.length());
    return text.offsetByCodePoints(0, Math.min(column - 1, codePoints));
  }

  /** Splits runs so that every anchor's start and end fall between runs. */
  private static void splitRuns(List<Anchor> anchors) {
    Map<Element, TreeSet<Integer>> boundaries = new java.util.IdentityHashMap<>();
    for (InText anchor : anchors.stream().filter(InText.class::isInstance).map(InText.class::cast).toList()) {
      boundaries.computeIfAbsent(anchor.startParagraph(), p -> new TreeSet<>()).add(anchor.start());
      boundaries.computeIfAbsent(anchor.endParagraph(), p -> new TreeSet<>()).add(anchor.end());
    }
    boundaries.forEach((paragraph, offsets) -> {
      List<WordText.Atom> atoms = WordText.of(paragraph).atoms();
      // From the end backwards: a split leaves the pieces before it where they were.
      for (int offset : offsets.descendingSet()) {
        for (WordText.Atom atom : atoms) {
          if (atom.start() < offset && offset < atom.end()) {
            splitRun(atom, offset - atom.start());
          } else if (atom.start() == offset && !isFirstContent(atom)) {
            splitRun(atom, 0);
          }
        }
      }
    });
  }

  private static boolean isFirstContent(WordText.Atom atom) {
    for (Node n = atom.run().getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && !isRunProperties(e)) {
        return n == atom.node();
      }
    }
    return false;
  }

  /**
   * Splits {@code atom}'s run before character {@code at} of the atom: the run keeps what comes
   * before, and a copy with the same properties, placed right after it, holds the rest.
   */
  private static void splitRun(WordText.Atom atom, int at) {
    Element run = atom.run();
    Element copy = (Element) run.cloneNode(true);
    run.getParentNode().insertBefore(copy, run.getNextSibling());
    List<Node> originalContent = content(run);
    List<Node> copiedContent = content(copy);
    int index = originalContent.indexOf(atom.node());
    for (int i = 0; i < originalContent.size(); i++) {
      if (i > index || i == index && at == 0) {
        run.removeChild(originalContent.get(i));
      }
      if (i < index) {
        copy.removeChild(copiedContent.get(i));
      }
    }
    if (at > 0) {
      String text = WordText.textOf(atom.node());
      setText(atom.node(), text.substring(0, at));
      setText((Element) copiedContent.get(index), text.substring(at));
    }
  }

  private static List<Node> content(Element run) {
    List<Node> content = new ArrayList<>();
    for (Node n = run.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (!(n instanceof Element e && isRunProperties(e))) {
        content.add(n);
      }
    }
    return content;
  }

  private static boolean isRunProperties(Element e) {
    return WordText.W.equals(e.getNamespaceURI()) && e.getLocalName().equals("rPr");
  }

  private static void setText(Element t, String text) {
    while (t.getFirstChild() != null) {
      t.removeChild(t.getFirstChild());
    }
    t.appendChild(t.getOwnerDocument().createTextNode(text));
    t.setAttributeNS("http://www.w3.org/XML/1998/namespace", "xml:space", "preserve");
  }

  /** Puts the comment's range start, range end and reference into the document around the anchor. */
  private static void mark(InText anchor, String id) {
    Element start = wordElement(anchor.startParagraph(), "commentRangeStart", id);
    Element end = wordElement(anchor.endParagraph(), "commentRangeEnd", id);
    insertAt(anchor.startParagraph(), anchor.start(), start, true);
    if (anchor.startParagraph() == anchor.endParagraph() && anchor.end() == anchor.start()) {
      start.getParentNode().insertBefore(end, start.getNextSibling());
    } else {
      insertAt(anchor.endParagraph(), anchor.end(), end, false);
    }
    reference(end, id);
  }

  /** A point comment just before the run that anchors the text box. */
  private static void mark(AtTextBox anchor, String id) {
    Element start = wordElement(anchor.run(), "commentRangeStart", id);
    Element end = wordElement(anchor.run(), "commentRangeEnd", id);
    anchor.run().getParentNode().insertBefore(start, anchor.run());
    anchor.run().getParentNode().insertBefore(end, anchor.run());
    reference(end, id);
  }

  /** The comment's reference mark, in a run of its own after {@code end}, directly in the paragraph. */
  private static void reference(Element end, String id) {
    Node outer = end;
    while (!WordText.W.equals(outer.getParentNode().getNamespaceURI()) || !"p".equals(outer.getParentNode().getLocalName())) {
      outer = outer.getParentNode();
    }
    Element reference = wordElement(end, "r", null);
    reference.appendChild(wordElement(end, "commentReference", id));
    outer.getParentNode().insertBefore(reference, outer.getNextSibling());
  }

  /**
   * Inserts {@code marker} where character {@code offset} of the paragraph's text begins (a
   * start) or ends (an end); runs were split so that this is always between runs.
   */
  private static void insertAt(Element paragraph, int offset, Element marker, boolean isStart) {
    List<WordText.Atom> atoms = WordText.of(paragraph).atoms();
    for (WordText.Atom atom : atoms) {
      if (isStart && atom.start() == offset) {
        atom.run().getParentNode().insertBefore(marker, atom.run());
        return;
      }
    }
    for (int i = atoms.size() - 1; i >= 0; i--) {
      WordText.Atom atom = atoms.get(i);
      if (!isStart && atom.end() == offset) {
        atom.run().getParentNode().insertBefore(marker, atom.run().getNextSibling());
        return;
      }
    }
    if (offset == 0 && !atoms.isEmpty()) {
      atoms.get(0).run().getParentNode().insertBefore(marker, atoms.get(0).run());
    } else {
      paragraph.appendChild(marker);
    }
  }

  private static Element wordElement(Element near, String name, String id) {
    Element element = near.getOwnerDocument().createElementNS(WordText.W, "w:" + name);
    if (id != null) {
      element.setAttributeNS(WordText.W, "w:id", id);
    }
    return element;
  }

  private static long nextCommentId(XWPFComments comments) {
    long max = -1;
    for (XWPFComment comment : comments.getComments()) {
      try {
        max = Math.max(max, Long.parseLong(comment.getId()));
      } catch (NumberFormatException e) {
        // Word writes numeric ids; any other id cannot clash with a number.
      }
    }
    return max + 1;
  }

  /** The comment's text: where, if not on the words, the message, each suggestion, and the rule id to look up. */
  private static void write(XWPFComment comment, Finding finding, String lead) {
    comment.setAuthor(AUTHOR);
    comment.setInitials(INITIALS);
    comment.createParagraph().createRun().setText(lead + finding.message());
    for (Suggestion suggestion : finding.suggestions()) {
      String label = suggestion instanceof Suggestion.Rewrite ? "Rewrite: " : "Suggestion: ";
      comment.createParagraph().createRun().setText(label + suggestion.text());
    }
    comment.createParagraph().createRun().setText("Rule: " + finding.ruleId() + " (sofslint explain " + finding.ruleId() + ")");
  }
}
