package org.sofslint.nlp;

import com.google.re2j.RequiredLiterals;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A java.util.regex pattern that first asks whether the text holds what every match must contain
 * (for some branch, a string of each of its sets: {@link RequiredLiterals}, read by RE2J's
 * parser from the same source): java.util.regex tries a long alternation at every position of a
 * statement, while finding the strings is one pass of a {@link PatternScreen} over the text,
 * however many there are, and patterns asked of the same text share that pass ({@link Group}).
 * Each top-level alternative is screened and run on its own, so a common word required by one
 * ("at") does not make all of them run; lookarounds, which RE2J cannot read, are left out of
 * the screen, which is sound because they only narrow a match. The screen errs only towards
 * trying, so it never changes whether the pattern is found. Immutable.
 */
public final class ScreenedPattern {
  private static final Pattern LEADING_FLAGS = Pattern.compile("^\\(\\?[a-zA-Z]+\\)");

  /** One top-level alternative and, if known, what its matches contain. */
  private record Alternative(Pattern pattern, Optional<List<RequiredLiterals.Branch>> required) {}

  private final Pattern pattern;
  private final List<Alternative> alternatives;
  /** This pattern's own screen, alternative {@code i} in slot {@code i}, for a text asked of it alone. */
  private final PatternScreen screen;

  private ScreenedPattern(Pattern pattern, List<Alternative> alternatives) {
    this.pattern = pattern;
    this.alternatives = List.copyOf(alternatives);
    PatternScreen.Builder own = PatternScreen.builder();
    addTo(own, 0);
    this.screen = own.build();
  }

  /** Compiles {@code regex} with java.util.regex, and a screen for each of its top-level alternatives. */
  public static ScreenedPattern compile(String regex) {
    Pattern whole = Pattern.compile(regex);
    Matcher leading = LEADING_FLAGS.matcher(regex);
    String flags = leading.find() ? leading.group() : "";
    List<Alternative> alternatives = new ArrayList<>();
    for (String alternative : topLevelAlternatives(regex.substring(flags.length()))) {
      alternatives.add(new Alternative(Pattern.compile(flags + firstCharacterGuard(flags + alternative) + alternative),
          required(flags + alternative)));
    }
    return new ScreenedPattern(whole, alternatives);
  }

  /** Adds each alternative's screen to {@code builder}, from slot {@code firstSlot} on. */
  private void addTo(PatternScreen.Builder builder, int firstSlot) {
    for (int i = 0; i < alternatives.size(); i++) {
      builder.add(firstSlot + i, alternatives.get(i).required());
    }
  }

  /** Whether an alternative whose slot is set in {@code candidates}, from {@code firstSlot} on, is found in {@code text}. */
  private boolean find(String text, BitSet candidates, int firstSlot) {
    for (int i = 0; i < alternatives.size(); i++) {
      if (candidates.get(firstSlot + i) && alternatives.get(i).pattern().matcher(text).find()) {
        return true;
      }
    }
    return false;
  }

  /** Patterns asked of the same texts, screened together in one pass. Immutable. */
  public static final class Group {
    private final Map<ScreenedPattern, Integer> firstSlots = new IdentityHashMap<>();
    private final PatternScreen screen;

    private Group(List<ScreenedPattern> patterns) {
      PatternScreen.Builder builder = PatternScreen.builder();
      int slot = 0;
      for (ScreenedPattern pattern : patterns) {
        firstSlots.put(pattern, slot);
        pattern.addTo(builder, slot);
        slot += pattern.alternatives.size();
      }
      this.screen = builder.build();
    }

    /** {@code text} read once for all of the group's patterns. */
    public Screened screen(String text) {
      return new Screened(this, text, screen.candidates(screenable(text)));
    }
  }

  /** A text as one group's patterns see it: which of their alternatives may match it. Immutable. */
  public static final class Screened {
    private final Group group;
    private final String text;
    private final BitSet candidates;

    private Screened(Group group, String text, BitSet candidates) {
      this.group = group;
      this.text = text;
      this.candidates = candidates;
    }

    /** Whether {@code pattern}, one of the group's, is found in the text. */
    public boolean find(ScreenedPattern pattern) {
      Integer firstSlot = group.firstSlots.get(pattern);
      if (firstSlot == null) {
        throw new IllegalArgumentException("not one of the group's patterns: " + pattern.pattern());
      }
      return pattern.find(text, candidates, firstSlot);
    }
  }

  /** A group of {@code patterns}, to be asked of the same texts. */
  public static Group group(ScreenedPattern... patterns) {
    return new Group(List.of(patterns));
  }

  /** The whole pattern, as compiled. */
  public Pattern pattern() {
    return pattern;
  }

  /**
   * {@code text} as the required strings are written: folded, and every run of white space one
   * space (java.util.regex's {@code \s} also takes the vertical tab Word uses for line breaks).
   */
  static String fold(CharSequence text) {
    char[] folded = new char[text.length()];
    int length = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i) == '\u000B' ? ' ' : RequiredLiterals.fold(text.charAt(i));
      if (c != ' ' || length == 0 || folded[length - 1] != ' ') {
        folded[length++] = c;
      }
    }
    return new String(folded, 0, length);
  }

  /** Whether the pattern is found in {@code text}. */
  public boolean find(String text) {
    return find(text, screen.candidates(screenable(text)), 0);
  }

  /**
   * {@code text} as a screen may read it: the screen folds case and white space as it goes, all
   * but the vertical tab, which is white space to java.util.regex and not to RE2J; so only a text
   * with one is folded first, into a new string.
   */
  private static String screenable(String text) {
    return text.indexOf('\u000B') < 0 ? text : fold(text);
  }

  /** Whether {@code text} holds what some match would need: if not, the pattern is not in it. */
  public boolean mayFind(String text) {
    return !screen.candidates(screenable(text)).isEmpty();
  }

  /**
   * A lookahead for the characters every match starts with, if they are few letters or digits
   * ({@link RequiredLiterals#firstCharacters}): it only asks first what the match asks anyway, so
   * it changes no match, and java.util.regex passes over most positions of a text at once
   * instead of testing a word boundary and trying a list of words at each.
   */
  static String firstCharacterGuard(String regex) {
    return RequiredLiterals.firstCharacters(withoutLookarounds(regex)).map(chars -> "(?=[" + chars + "])").orElse("");
  }

  private static Optional<List<RequiredLiterals.Branch>> required(String regex) {
    try {
      return RequiredLiterals.of(com.google.re2j.Pattern.compile(withoutLookarounds(regex)));
    } catch (com.google.re2j.PatternSyntaxException e) {
      return Optional.empty();
    }
  }

  /** The parts of {@code regex} between its top-level bars. */
  static List<String> topLevelAlternatives(String regex) {
    List<String> parts = new ArrayList<>();
    int[] depth = {0};
    int[] start = {0};
    scan(regex, 0, i -> {
      char c = regex.charAt(i);
      depth[0] += c == '(' ? 1 : c == ')' ? -1 : 0;
      if (c == '|' && depth[0] == 0) {
        parts.add(regex.substring(start[0], i));
        start[0] = i + 1;
      }
      return true;
    });
    parts.add(regex.substring(start[0]));
    return parts;
  }

  /**
   * Calls {@code visit} with the index of each character of {@code regex} from {@code from} that
   * is neither escaped nor inside a character class (bars and parentheses there mean nothing),
   * until it returns false; returns the index it stopped at, or the length.
   */
  private static int scan(String regex, int from, IntPredicate visit) {
    boolean inClass = false;
    for (int i = from; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        i++;
      } else if (inClass) {
        inClass = c != ']';
      } else if (c == '[') {
        inClass = true;
      } else if (!visit.test(i)) {
        return i;
      }
    }
    return regex.length();
  }

  /** {@code regex} with its lookahead and lookbehind groups taken out. */
  static String withoutLookarounds(String regex) {
    StringBuilder kept = new StringBuilder(regex.length());
    int[] copiedTo = {0};
    scan(regex, 0, i -> {
      boolean lookaround = regex.startsWith("(?=", i) || regex.startsWith("(?!", i)
          || regex.startsWith("(?<=", i) || regex.startsWith("(?<!", i);
      if (i >= copiedTo[0] && lookaround) {
        kept.append(regex, copiedTo[0], i);
        copiedTo[0] = Math.min(closingParen(regex, i) + 1, regex.length());
      }
      return true;
    });
    return kept.append(regex, copiedTo[0], regex.length()).toString();
  }

  /** The index of the parenthesis closing the group opened at {@code open}. */
  private static int closingParen(String regex, int open) {
    int[] depth = {0};
    return scan(regex, open, i -> {
      char c = regex.charAt(i);
      depth[0] += c == '(' ? 1 : c == ')' ? -1 : 0;
      return !(c == ')' && depth[0] == 0);
    });
  }
}
