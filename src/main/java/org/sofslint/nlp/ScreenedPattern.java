package org.sofslint.nlp;

import com.google.re2j.RequiredLiterals;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A java.util.regex pattern that first asks whether the text holds one of the strings every
 * match must contain ({@link RequiredLiterals}, read by RE2J's parser from the same source):
 * java.util.regex tries a long alternation at every position of a statement, while looking for
 * a handful of words is a few fast scans. The screen errs only towards trying, so it never
 * changes a result. Immutable.
 */
public final class ScreenedPattern {
  private final Pattern pattern;
  /** The folded strings one of which every match contains; empty when the pattern needs none. */
  private final Optional<List<String>> required;

  private ScreenedPattern(Pattern pattern, Optional<List<String>> required) {
    this.pattern = pattern;
    this.required = required;
  }

  /** Compiles {@code regex} with java.util.regex; a pattern RE2J cannot read is never screened. */
  public static ScreenedPattern compile(String regex) {
    Pattern pattern = Pattern.compile(regex);
    try {
      return new ScreenedPattern(pattern, RequiredLiterals.of(com.google.re2j.Pattern.compile(regex)).map(List::copyOf));
    } catch (com.google.re2j.PatternSyntaxException e) {
      return new ScreenedPattern(pattern, Optional.empty());
    }
  }

  public Pattern pattern() {
    return pattern;
  }

  /**
   * {@code text} as the required strings are written: folded, and every run of white space one
   * space (java.util.regex's {@code \s} also takes the vertical tab Word uses for line breaks).
   */
  public static String fold(CharSequence text) {
    StringBuilder folded = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i) == '\u000B' ? ' ' : RequiredLiterals.fold(text.charAt(i));
      if (c != ' ' || folded.length() == 0 || folded.charAt(folded.length() - 1) != ' ') {
        folded.append(c);
      }
    }
    return folded.toString();
  }

  /** Whether the pattern is found in {@code text}, whose {@linkplain #fold folded} form is {@code folded}. */
  public boolean find(String text, String folded) {
    return mayMatch(folded) && pattern.matcher(text).find();
  }

  private boolean mayMatch(String folded) {
    if (required.isEmpty()) {
      return true;
    }
    for (String literal : required.get()) {
      if (folded.contains(literal)) {
        return true;
      }
    }
    return false;
  }
}
