package com.google.re2j;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The strings of which every match of a pattern contains at least one, read from RE2J's own
 * parse tree. sofslint runs a pattern only on sentences holding one of them, so a hundred
 * patterns cost one scan of the sentence rather than a hundred. The class lives in RE2J's
 * package because the parser is package-private; RE2J is pinned in the pom, and
 * RequiredLiteralsTest fails if its parse trees change shape.
 *
 * <p>As in RE2's own prefilter, a part of the pattern is known either exactly (the few strings it
 * can match, so "cho(?:se|osing)" is "chose" or "choosing") or only by what its matches must
 * contain; exact parts next to each other combine, which keeps the strings long and selective.
 */
public final class RequiredLiterals {
  /** What {@code \\s} is to the screen; repeated, it is still one space. */
  private static final Set<String> SPACE = Set.of(" ");
  /** More exact strings than this and a part is known only by what it must contain. */
  private static final int MAX_EXACT = 64;
  /** Classes of up to this many characters ("[Ss]", "[ae]") are still exact. */
  private static final int MAX_CLASS = 4;

  private RequiredLiterals() {}

  /**
   * The required strings, case-folded with {@link #fold}, or empty when the pattern requires
   * none (it can match without any fixed text, so it must run on every sentence).
   */
  public static Optional<Set<String>> of(Pattern pattern) {
    String expression = ((pattern.flags() & Pattern.CASE_INSENSITIVE) != 0 ? "(?i)" : "") + pattern.pattern();
    return Optional.ofNullable(info(Parser.parse(expression, RE2.PERL)).required());
  }

  /**
   * One character as the screen sees it: case-folded, and RE2's whitespace ({@code \\s}) as a
   * space. Runs of spaces count as one ({@link #collapse}), so {@code \\s+} is one exact " ".
   */
  public static char fold(char c) {
    return WHITESPACE.indexOf(c) >= 0 ? ' ' : Character.toLowerCase(Character.toUpperCase(c));
  }

  private static final String WHITESPACE = "\t\n\f\r ";

  /** {@code text} with each run of spaces made one, as the screen reads a sentence. */
  private static String collapse(String text) {
    return text.contains("  ") ? text.replaceAll(" {2,}", " ") : text;
  }

  /**
   * What is known of the text a part matches: {@code exact} strings (one of which it matches
   * whole), else {@code contains} strings (one of which it contains), else nothing (both null).
   */
  private record Info(Set<String> exact, Set<String> contains) {
    static final Info UNKNOWN = new Info(null, null);
    static final Info EMPTY = exact(Set.of(""));

    static Info exact(Set<String> strings) {
      return strings.size() > MAX_EXACT ? new Info(null, Set.copyOf(strings)).demoted() : new Info(Set.copyOf(strings), null);
    }

    /** An exact set too large to keep: each string is still one of which the match contains some. */
    private Info demoted() {
      return contains.contains("") ? UNKNOWN : this;
    }

    Set<String> required() {
      if (exact != null) {
        return exact.contains("") ? null : exact;
      }
      return contains;
    }
  }

  private static Info info(Regexp re) {
    switch (re.op) {
      case NO_MATCH:
        return Info.exact(Set.of());
      case EMPTY_MATCH:
      case BEGIN_LINE:
      case END_LINE:
      case BEGIN_TEXT:
      case END_TEXT:
      case WORD_BOUNDARY:
      case NO_WORD_BOUNDARY:
        return Info.EMPTY;
      case LITERAL:
        return Info.exact(Set.of(folded(re.runes)));
      case CHAR_CLASS:
        return charClass(re.runes);
      case CAPTURE:
        return info(re.subs[0]);
      case QUEST: {
        Info sub = info(re.subs[0]);
        if (sub.exact() == null) {
          return Info.UNKNOWN;
        }
        Set<String> strings = new HashSet<>(sub.exact());
        strings.add("");
        return Info.exact(strings);
      }
      case PLUS: {
        Info sub = info(re.subs[0]);
        return SPACE.equals(sub.exact()) ? sub : new Info(null, sub.required());
      }
      case STAR:
        return SPACE.equals(info(re.subs[0]).exact()) ? Info.exact(Set.of("", " ")) : Info.UNKNOWN;
      case REPEAT:
        if (re.min == 1 && re.max == 1) {
          return info(re.subs[0]);
        }
        return re.min >= 1 ? new Info(null, info(re.subs[0]).required()) : Info.UNKNOWN;
      case CONCAT:
        return concat(re.subs);
      case ALTERNATE:
        return alternate(re.subs);
      default:
        return Info.UNKNOWN;
    }
  }

  private static Info charClass(int[] ranges) {
    Set<String> chars = new HashSet<>();
    for (int i = 0; i + 1 < ranges.length; i += 2) {
      if (ranges[i + 1] - ranges[i] + 1 > MAX_CLASS || ranges[i + 1] > Character.MAX_VALUE) {
        return Info.UNKNOWN;
      }
      for (int c = ranges[i]; c <= ranges[i + 1]; c++) {
        chars.add(String.valueOf(fold((char) c)));
      }
    }
    return chars.size() <= MAX_CLASS ? Info.exact(chars) : Info.UNKNOWN;
  }

  private static Info alternate(Regexp[] branches) {
    Set<String> exact = new HashSet<>();
    Set<String> contains = new HashSet<>();
    boolean allExact = true;
    for (Regexp branch : branches) {
      Info info = info(branch);
      if (info.exact() != null && allExact) {
        exact.addAll(info.exact());
      } else {
        allExact = false;
      }
      Set<String> required = info.required();
      if (required == null) {
        return Info.UNKNOWN;
      }
      contains.addAll(required);
    }
    return allExact ? Info.exact(exact) : new Info(null, Set.copyOf(contains));
  }

  /**
   * Runs of exact parts combine into longer exact strings; the whole is exact if every part is,
   * else it must contain the most selective of the runs' and other parts' strings.
   */
  private static Info concat(Regexp[] parts) {
    Set<String> best = null;
    Set<String> run = Set.of("");
    boolean allExact = true;
    for (Regexp part : parts) {
      Info info = info(part);
      Set<String> joined = info.exact() == null ? null : product(run, info.exact());
      if (joined != null) {
        run = joined;
        continue;
      }
      allExact = false;
      best = moreSelective(best, Info.exact(run).required());
      best = moreSelective(best, info.required());
      run = info.exact() == null ? Set.of("") : info.exact();
    }
    if (allExact) {
      return Info.exact(run);
    }
    return new Info(null, moreSelective(best, Info.exact(run).required()));
  }

  /** Every string of {@code left} followed by every string of {@code right}, or null if too many. */
  private static Set<String> product(Set<String> left, Set<String> right) {
    if ((long) left.size() * right.size() > MAX_EXACT) {
      return null;
    }
    Set<String> strings = new HashSet<>();
    for (String a : left) {
      for (String b : right) {
        strings.add(collapse(a + b));
      }
    }
    return strings;
  }

  /** Of two sets of required strings (null: none required), the one whose shortest string is longer. */
  private static Set<String> moreSelective(Set<String> a, Set<String> b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    return shortest(b) > shortest(a) ? b : a;
  }

  private static int shortest(Set<String> strings) {
    return strings.stream().mapToInt(String::length).min().orElse(Integer.MAX_VALUE);
  }

  private static String folded(int[] runes) {
    StringBuilder text = new StringBuilder();
    for (int rune : runes) {
      for (char c : Character.toChars(rune)) {
        text.append(fold(c));
      }
    }
    return collapse(text.toString());
  }
}
