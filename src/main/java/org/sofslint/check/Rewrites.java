package org.sofslint.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sofslint.document.Document;
import org.sofslint.document.Span;
import org.sofslint.rules.Suggestion;

/**
 * The safe one-for-one rewrites ({@code replace:}) among a document's findings, placed in the
 * original text. A rewrite keeps the case of what it replaces where case carries meaning ("LAC"
 * at the start of a sentence becomes "Children in care"); a match with markup inside it, or one
 * overlapping an earlier rewrite, is left alone. Guided suggestions are never applied.
 */
public final class Rewrites {
  /** Replace {@code original[start, end)} with {@code replacement}, because of {@code finding}. */
  public record Edit(int start, int end, String replacement, Finding finding) {}

  private Rewrites() {}

  public static List<Edit> plan(Document document, String original, List<Finding> findings) {
    List<Edit> edits = new ArrayList<>();
    int reached = 0;
    for (Finding finding : findings) {
      Suggestion.Rewrite rewrite = finding.suggestions().stream()
          .filter(s -> s instanceof Suggestion.Rewrite).map(s -> (Suggestion.Rewrite) s).findFirst().orElse(null);
      if (rewrite == null || finding.span().length() == 0) {
        continue;
      }
      int start = document.sourceMap().toOriginal(finding.span().start());
      int last = document.sourceMap().toOriginal(finding.span().end() - 1);
      int end = last + (Character.isHighSurrogate(original.charAt(last)) ? 2 : 1);
      String words = original.substring(start, end);
      if (start < reached || !words.equals(document.text(finding.span()))) {
        continue;
      }
      edits.add(new Edit(start, end, withCaseOf(words, rewrite.text(), startsSentence(document, finding.span())), finding));
      reached = end;
    }
    return edits;
  }

  public static String apply(String original, List<Edit> edits) {
    StringBuilder fixed = new StringBuilder(original.length());
    int at = 0;
    for (Edit edit : edits) {
      fixed.append(original, at, edit.start()).append(edit.replacement());
      at = edit.end();
    }
    return fixed.append(original, at, original.length()).toString();
  }

  /** "LAC" to "children in care", "Lac"/sentence start to "Children in care"; the replacement's own capitals stay. */
  static String withCaseOf(String words, String replacement, boolean sentenceStart) {
    boolean capitalised = Character.isUpperCase(words.codePointAt(0));
    boolean acronym = words.equals(words.toUpperCase(Locale.ROOT)) && words.length() > 1;
    if (sentenceStart || capitalised && !acronym) {
      return replacement.substring(0, 1).toUpperCase(Locale.ROOT) + replacement.substring(1);
    }
    return replacement;
  }

  private static boolean startsSentence(Document document, Span span) {
    String text = document.text();
    int blockStart = document.blocks().stream().filter(b -> b.span().start() <= span.start() && span.start() < b.span().end())
        .mapToInt(b -> b.span().start()).findFirst().orElse(0);
    int i = span.start() - 1;
    while (i >= blockStart && (Character.isWhitespace(text.charAt(i)) || "\"“‘'(".indexOf(text.charAt(i)) >= 0)) {
      i--;
    }
    return i < blockStart || ".!?:".indexOf(text.charAt(i)) >= 0;
  }
}
