package org.sofslint.read;

import java.util.ArrayList;
import java.util.List;
import org.sofslint.document.DocumentBuilder;

/**
 * One line of prose as a reader found it: pieces of the original (possibly with escapes
 * resolved) and inserted spaces. Lines are the
 * unit labels are recognised in ("**Harm**", "Harm: Dad hit…").
 */
final class TextLine {
  /** A piece of text; {@code start < 0} marks an inserted piece with no source. */
  record Piece(String text, int start, int end) {
    boolean exact() {
      return start >= 0 && end - start == text.length();
    }
  }

  private final List<Piece> pieces;
  /** The pieces' text, joined when first asked for: a line is read many times as it is sorted. */
  private String plain;

  TextLine(List<Piece> pieces) {
    this.pieces = List.copyOf(pieces);
  }

  static TextLine source(String text, int start, int end) {
    return new TextLine(List.of(new Piece(text, start, end)));
  }

  String plain() {
    if (plain == null) {
      if (pieces.size() == 1) {
        plain = pieces.get(0).text();
      } else {
        StringBuilder text = new StringBuilder();
        pieces.forEach(p -> text.append(p.text()));
        plain = text.toString();
      }
    }
    return plain;
  }

  boolean isBlank() {
    return plain().isBlank();
  }

  /** This line without its first {@code count} characters. */
  TextLine drop(int count) {
    List<Piece> rest = new ArrayList<>();
    int left = count;
    for (Piece piece : pieces) {
      if (left >= piece.text().length()) {
        left -= piece.text().length();
        continue;
      }
      if (left > 0) {
        int start = piece.exact() ? piece.start() + left : piece.start();
        rest.add(new Piece(piece.text().substring(left), start, piece.end()));
        left = 0;
      } else {
        rest.add(piece);
      }
    }
    return new TextLine(rest);
  }

  /** This line without leading and trailing whitespace. */
  TextLine strip() {
    String plain = plain();
    int lead = 0;
    while (lead < plain.length() && Character.isWhitespace(plain.charAt(lead))) {
      lead++;
    }
    int trail = plain.length();
    while (trail > lead && Character.isWhitespace(plain.charAt(trail - 1))) {
      trail--;
    }
    return drop(lead).take(trail - lead);
  }

  /** The first {@code count} characters of this line. */
  TextLine take(int count) {
    List<Piece> kept = new ArrayList<>();
    int left = count;
    for (Piece piece : pieces) {
      if (left <= 0) {
        break;
      }
      if (piece.text().length() <= left) {
        kept.add(piece);
        left -= piece.text().length();
      } else {
        int end = piece.exact() ? piece.start() + left : piece.end();
        kept.add(new Piece(piece.text().substring(0, left), piece.start(), end));
        left = 0;
      }
    }
    return new TextLine(kept);
  }

  void appendTo(DocumentBuilder builder) {
    for (Piece piece : pieces) {
      if (piece.start() < 0) {
        builder.appendInserted(piece.text());
      } else {
        builder.appendDerived(piece.text(), piece.start(), piece.end());
      }
    }
  }
}
