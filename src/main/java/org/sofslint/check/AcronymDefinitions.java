package org.sofslint.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sofslint.document.Whitespace;

/**
 * Where a document spells out its acronyms, as "Child Protection Plan (CPP)" or "CPP (Child
 * Protection Plan)". From its first definition on, an acronym is known to the reader, so findings
 * on it are dropped; before it they stand. A definition counts only when the words spell the
 * acronym: each word gives its first letters, and small words ("of", "and", "in") and the parts
 * after a hyphen may give none.
 */
final class AcronymDefinitions {
  private static final int MAX_ACRONYM = 12;
  private static final int MAX_SPELLED = 120;
  static final Pattern BRACKETED =
      Pattern.compile("\\(\\s*([A-Z][A-Za-z0-9&-]{1," + (MAX_ACRONYM - 1) + "})\\s*\\)");
  static final Pattern BEFORE_BRACKETS = Pattern.compile("(?<![\\p{L}\\p{N}])([A-Z][A-Za-z0-9&-]{1,"
      + (MAX_ACRONYM - 1) + "})\\s*\\(([^()\\n]{3," + MAX_SPELLED + "})\\)");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final Pattern NOT_WORD_CHARACTER = Pattern.compile("[^\\p{L}\\p{N}]");
  private static final Set<String> SMALL_WORDS =
      Set.of("of", "and", "the", "for", "in", "to", "a", "an", "on", "with", "at", "by");
  /** The most words a spelled-out form may have; longer runs before a bracket are not tried. */
  private static final int MAX_WORDS = 12;

  private final Map<String, Integer> firstDefinition;

  private AcronymDefinitions(Map<String, Integer> firstDefinition) {
    this.firstDefinition = Map.copyOf(firstDefinition);
  }

  static AcronymDefinitions in(String text) {
    Map<String, Integer> first = new HashMap<>();
    for (MatchResult bracketed : acronymsInBrackets(text)) {
      String acronym = key(bracketed.group(1));
      List<int[]> words = wordsBefore(text, bracketed.start());
      for (int count = 1; count <= words.size(); count++) {
        List<int[]> run = words.subList(words.size() - count, words.size());
        if (spells(acronym, text, run)) {
          first.merge(acronym, run.get(0)[0], Math::min);
          break;
        }
      }
    }
    for (MatchResult before : acronymsBeforeBrackets(text)) {
      String acronym = key(before.group(1));
      if (spells(acronym, text, words(text, before.start(2), before.end(2)))) {
        first.merge(acronym, before.start(1), Math::min);
      }
    }
    return new AcronymDefinitions(first);
  }

  /**
   * Every match of {@link #BRACKETED}, in order. Each starts at a bracket, so each bracket is
   * tried where it stands instead of running the expression over the whole report (most of this
   * class's time before); AcronymDefinitionsTest compares the two.
   */
  static List<MatchResult> acronymsInBrackets(String text) {
    List<MatchResult> found = new ArrayList<>();
    Matcher bracketed = BRACKETED.matcher(text);
    for (int open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
      if (bracketed.region(open, text.length()).lookingAt()) {
        found.add(bracketed.toMatchResult());
      }
    }
    return found;
  }

  /**
   * Every match of {@link #BEFORE_BRACKETS}, in order. Its acronym ends where the spaces before
   * the bracket begin and is at most {@value #MAX_ACRONYM} characters long, and the bracket
   * closes within {@value #MAX_SPELLED} characters, so each bracket needs only a short region
   * instead of the whole report; AcronymDefinitionsTest compares the two.
   */
  static List<MatchResult> acronymsBeforeBrackets(String text) {
    List<MatchResult> found = new ArrayList<>();
    // Transparent, so that the look-behind before an acronym sees the text before the region.
    Matcher before = BEFORE_BRACKETS.matcher(text).useTransparentBounds(true);
    int previousEnd = 0;
    for (int open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
      int from = Math.max(previousEnd, Math.max(0, acronymEnd(text, open) - MAX_ACRONYM));
      int to = Math.min(text.length(), open + 1 + MAX_SPELLED + 1);
      if (before.region(from, to).find() && before.start(2) == open + 1) {
        found.add(before.toMatchResult());
        previousEnd = before.end();
      }
    }
    return found;
  }

  /** Where an acronym directly before the bracket at {@code open} would end: before the white space ({@code \s}). */
  private static int acronymEnd(String text, int open) {
    int end = open;
    while (end > 0 && Whitespace.is(text.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  /** True when {@code matched}, found at {@code offset}, is an acronym the document has already defined. */
  boolean explains(String matched, int offset) {
    boolean acronymLike = !matched.isEmpty() && Character.isUpperCase(matched.charAt(0))
        && matched.chars().filter(c -> Character.isUpperCase(c) || Character.isDigit(c)).count() >= 2;
    if (!acronymLike) {
      return false;
    }
    Integer definition = firstDefinition.get(key(matched));
    return definition != null && definition <= offset;
  }

  /** "CAFs" and "CAF", "SENCo" and "SENCO", "CP-IS" and "CPIS" are one acronym. */
  private static String key(String acronym) {
    String singular = acronym.length() > 2 && acronym.endsWith("s")
        && Character.isUpperCase(acronym.charAt(acronym.length() - 2))
        ? acronym.substring(0, acronym.length() - 1) : acronym;
    return NOT_WORD_CHARACTER.matcher(singular).replaceAll("").toLowerCase(Locale.ROOT);
  }

  /** The words on the same line before {@code end}, at most {@link #MAX_WORDS}, as offsets. */
  private static List<int[]> wordsBefore(String text, int end) {
    int lineStart = text.lastIndexOf('\n', end - 1) + 1;
    List<int[]> words = words(text, lineStart, end);
    return words.subList(Math.max(0, words.size() - MAX_WORDS), words.size());
  }

  private static List<int[]> words(String text, int start, int end) {
    List<int[]> words = new ArrayList<>();
    Matcher word = WORD.matcher(text).region(start, end);
    while (word.find()) {
      words.add(new int[] {word.start(), word.end()});
    }
    return words;
  }

  /** A word of a spelled-out form; a small word, or the second half of "Co-ordinator", may give no letters. */
  private record Word(String text, boolean optional) {}

  private static boolean spells(String acronym, String text, List<int[]> offsets) {
    List<Word> words = new ArrayList<>();
    for (int[] w : offsets) {
      String word = text.substring(w[0], w[1]).toLowerCase(Locale.ROOT);
      boolean afterHyphen = w[0] > 0 && text.charAt(w[0] - 1) == '-';
      words.add(new Word(word, afterHyphen || SMALL_WORDS.contains(word)));
    }
    return !words.isEmpty() && spells(acronym, 0, words, 0);
  }

  /** Whether words from {@code w} on give exactly the letters of {@code acronym} from {@code i} on. */
  private static boolean spells(String acronym, int i, List<Word> words, int w) {
    if (w == words.size()) {
      return i == acronym.length();
    }
    String word = words.get(w).text();
    if (words.get(w).optional() && spells(acronym, i, words, w + 1)) {
      return true;
    }
    for (int take = 1; take <= Math.min(word.length(), acronym.length() - i); take++) {
      if (word.regionMatches(0, acronym, i, take) && spells(acronym, i + take, words, w + 1)) {
        return true;
      }
    }
    return false;
  }
}
