package com.google.re2j;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The strings every match of a pattern contains, read from RE2J's own parse tree. sofslint runs
 * a pattern only on sentences holding them, so a hundred patterns cost one scan of the sentence
 * rather than a hundred. The class lives in RE2J's package because the parser is package-private;
 * RE2J is pinned in the pom, and RequiredLiteralsTest fails if its parse trees change shape.
 *
 * <p>As in RE2's own prefilter, a part of the pattern is known either exactly (the few strings it
 * can match, so "cho(?:se|osing)" is "chose" or "choosing") or only by what its matches must
 * contain; exact parts next to each other combine, which keeps the strings long and selective.
 * A match must contain something of every part, not only of the most selective one: "(?:mum|dad|
 * he|she)\\s+has\\s+(?:got\\s+)?issues" needs one of "mum has", "he has"… and also "issues", and
 * it is the pair that is rare. Each branch of the pattern's top-level alternation is known apart.
 */
public final class RequiredLiterals {
  /** What {@code \\s} is to the screen; repeated, it is still one space. */
  private static final Set<String> SPACE = Set.of(" ");
  /**
   * More exact strings than this and a part is known only by what it must contain. 128 keeps a
   * list of five words before a list of fourteen nouns exact ("bad child"), where 64 kept only
   * "bad " and passed every sentence holding it; 256 made the start-up tables a cold run reads
   * 45% larger and the run 10 ms slower, for few more sentences passed over.
   */
  private static final int MAX_EXACT = 128;
  /** Classes of up to this many characters ("[Ss]", "[ae]") are still exact. */
  private static final int MAX_CLASS = 4;
  /**
   * A branch keeps this many of its sets, the most selective: more would cost every sentence
   * more checking than the rare extra pattern run they save.
   */
  private static final int MAX_SETS = 3;
  /**
   * Beyond its most selective set, a branch keeps a set only if its shortest string is at least
   * this long: a space or a letter is in nearly every sentence and would only cost screening.
   */
  private static final int MIN_EXTRA = 4;
  /** More first characters than this and a lookahead for them would pass over few positions. */
  private static final int MAX_FIRST = 30;

  /** A branch of a pattern: a match through it contains one string of each of {@code sets}. */
  public record Branch(List<Set<String>> sets) {
    public Branch {
      sets = List.copyOf(sets);
    }
  }

  private RequiredLiterals() {}

  /**
   * The branches of the pattern, strings case-folded with {@link #fold}, a match through any
   * branch containing a string of each of its sets; empty when the pattern requires nothing (it
   * can match without any fixed text, so it must run on every sentence).
   */
  public static Optional<List<Branch>> of(Pattern pattern) {
    String expression = ((pattern.flags() & Pattern.CASE_INSENSITIVE) != 0 ? "(?i)" : "") + pattern.pattern();
    Regexp root = Parser.parse(expression, RE2.PERL);
    while (root.op == Regexp.Op.CAPTURE) {
      root = root.subs[0];
    }
    Info whole = info(root);
    Regexp[] branches = whole.exact() == null && root.op == Regexp.Op.ALTERNATE ? root.subs : new Regexp[] {root};
    List<Branch> known = new ArrayList<>();
    for (Regexp branch : branches) {
      List<Set<String>> sets = branches.length == 1 ? whole.required() : info(branch).required();
      if (sets.isEmpty()) {
        return Optional.empty();
      }
      List<Set<String>> chosen = mostSelective(sets, MAX_SETS);
      known.add(new Branch(chosen.stream().filter(set -> set == chosen.get(0) || shortest(set) >= MIN_EXTRA)
          .toList()));
    }
    return Optional.of(known);
  }

  /**
   * The characters every match of {@code regex} starts with, in order, when they are at most
   * {@value #MAX_FIRST} ASCII letters and digits (a pattern opening with a list of words, or a
   * digit); empty when a match may start with anything else or be empty, or RE2J cannot read the
   * expression. java.util.regex tries a pattern at every position of a text, and one that opens
   * with a word boundary and a list of words costs a boundary test and a try of every word there;
   * a lookahead for these characters, asked first, passes over most positions at once.
   */
  public static Optional<String> firstCharacters(String regex) {
    First first;
    try {
      first = first(Parser.parse(regex, RE2.PERL));
    } catch (PatternSyntaxException e) {
      return Optional.empty();
    }
    if (first == null || first.canBeEmpty() || first.chars().size() > MAX_FIRST) {
      return Optional.empty();
    }
    StringBuilder chars = new StringBuilder();
    first.chars().stream().sorted().forEach(chars::append);
    return Optional.of(chars.toString());
  }

  /** A part's possible first characters, and whether it can match the empty string; null: not known. */
  private record First(Set<Character> chars, boolean canBeEmpty) {}

  private static First first(Regexp re) {
    if (isEmptyWidth(re.op)) {
      return new First(Set.of(), true);
    }
    switch (re.op) {
      case LITERAL: {
        if (re.runes.length == 0) {
          return new First(Set.of(), true);
        }
        int c = re.runes[0];
        if (!isAsciiLetterOrDigit(c)) {
          return null;
        }
        Set<Character> chars = new HashSet<>(List.of((char) c));
        if ((re.flags & RE2.FOLD_CASE) != 0) {
          chars.add(Character.toLowerCase((char) c));
          chars.add(Character.toUpperCase((char) c));
        }
        return new First(chars, false);
      }
      case CHAR_CLASS: {
        Set<Character> chars = new HashSet<>();
        for (int i = 0; i + 1 < re.runes.length; i += 2) {
          for (int c = re.runes[i]; c <= re.runes[i + 1]; c++) {
            if (!isAsciiLetterOrDigit(c) || chars.size() > MAX_FIRST) {
              return null;
            }
            chars.add((char) c);
          }
        }
        return new First(chars, chars.isEmpty());
      }
      case CAPTURE:
      case PLUS:
        return first(re.subs[0]);
      case QUEST:
      case STAR:
        return optional(first(re.subs[0]));
      case REPEAT:
        return re.min == 0 ? optional(first(re.subs[0])) : first(re.subs[0]);
      case CONCAT: {
        Set<Character> chars = new HashSet<>();
        for (Regexp part : re.subs) {
          First next = first(part);
          if (next == null) {
            return null;
          }
          chars.addAll(next.chars());
          if (!next.canBeEmpty()) {
            return new First(chars, false);
          }
        }
        return new First(chars, true);
      }
      case ALTERNATE: {
        Set<Character> chars = new HashSet<>();
        boolean canBeEmpty = false;
        for (Regexp branch : re.subs) {
          First next = first(branch);
          if (next == null) {
            return null;
          }
          chars.addAll(next.chars());
          canBeEmpty |= next.canBeEmpty();
        }
        return new First(chars, canBeEmpty);
      }
      default:
        return null;
    }
  }

  /** An operator that matches only the empty string: an anchor, a word boundary, or an empty group. */
  private static boolean isEmptyWidth(Regexp.Op op) {
    return switch (op) {
      case EMPTY_MATCH, BEGIN_LINE, END_LINE, BEGIN_TEXT, END_TEXT, WORD_BOUNDARY, NO_WORD_BOUNDARY -> true;
      default -> false;
    };
  }

  private static First optional(First first) {
    return first == null ? null : new First(first.chars(), true);
  }

  /**
   * An ASCII letter or digit, or a character RE2J folds into one (the Kelvin sign, the long s):
   * no white space or other class on which RE2J and java.util.regex disagree.
   */
  private static boolean isAsciiLetterOrDigit(int c) {
    int folded = c <= Character.MAX_VALUE ? Character.toLowerCase(Character.toUpperCase((char) c)) : c;
    return folded >= 'a' && folded <= 'z' || folded >= '0' && folded <= '9';
  }

  /**
   * One character as the screen sees it: case-folded, and RE2's whitespace ({@code \\s}) as a
   * space. Runs of spaces count as one ({@link #collapse}), so {@code \\s+} is one exact " ".
   */
  public static char fold(char c) {
    return c < ASCII_FOLDED.length ? ASCII_FOLDED[c] : foldAny(c);
  }

  private static final String WHITESPACE = "\t\n\f\r ";
  /** Every sentence's every character is folded, most of them ASCII: those are looked up. */
  private static final char[] ASCII_FOLDED = asciiFolded();

  private static char[] asciiFolded() {
    char[] folded = new char[128];
    for (char c = 0; c < folded.length; c++) {
      folded[c] = foldAny(c);
    }
    return folded;
  }

  private static char foldAny(char c) {
    return WHITESPACE.indexOf(c) >= 0 ? ' ' : Character.toLowerCase(Character.toUpperCase(c));
  }

  /** {@code text} with each run of spaces made one, as the screen reads a sentence. */
  private static String collapse(String text) {
    return text.contains("  ") ? text.replaceAll(" {2,}", " ") : text;
  }

  /**
   * What is known of the text a part matches: {@code exact} strings (one of which it matches
   * whole), else {@code all}: sets of which it contains a string of each (none: nothing known).
   */
  private record Info(Set<String> exact, List<Set<String>> all) {
    static final Info UNKNOWN = new Info(null, List.of());
    static final Info EMPTY = exact(Set.of(""));

    static Info exact(Set<String> strings) {
      return strings.size() > MAX_EXACT ? new Info(null, List.of(Set.copyOf(strings))).demoted()
          : new Info(Set.copyOf(strings), null);
    }

    /** An exact set too large to keep: each string is still one of which the match contains some. */
    private Info demoted() {
      return all.get(0).contains("") ? UNKNOWN : this;
    }

    /** The sets a match contains a string of each of; none if an exact part may match nothing. */
    List<Set<String>> required() {
      if (exact != null) {
        return exact.contains("") ? List.of() : List.of(exact);
      }
      return all;
    }
  }

  private static Info info(Regexp re) {
    if (isEmptyWidth(re.op)) {
      return Info.EMPTY;
    }
    switch (re.op) {
      case NO_MATCH:
        return Info.exact(Set.of());
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

  /**
   * All branches exact: their strings (one may be empty, as in RE2J's factoring of "take|takes" into
   * "take(?:|s)"); else one string of each branch's most selective set, if every branch has one.
   */
  private static Info alternate(Regexp[] branches) {
    Set<String> exact = new HashSet<>();
    Set<String> contains = new HashSet<>();
    boolean allExact = true;
    boolean allContain = true;
    for (Regexp branch : branches) {
      Info info = info(branch);
      if (info.exact() != null) {
        exact.addAll(info.exact());
      } else {
        allExact = false;
      }
      List<Set<String>> required = info.required();
      if (required.isEmpty()) {
        allContain = false;
      } else {
        contains.addAll(mostSelective(required, 1).get(0));
      }
    }
    if (allExact) {
      return Info.exact(exact);
    }
    return allContain ? new Info(null, List.of(Set.copyOf(contains))) : Info.UNKNOWN;
  }

  /**
   * Runs of exact parts combine into longer exact strings; the whole is exact if every part is,
   * else it must contain a string of each run's set and of each other part's sets.
   */
  private static Info concat(Regexp[] parts) {
    List<Set<String>> all = new ArrayList<>();
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
      all.addAll(Info.exact(run).required());
      all.addAll(info.required());
      run = info.exact() == null ? Set.of("") : info.exact();
    }
    if (allExact) {
      return Info.exact(run);
    }
    all.addAll(Info.exact(run).required());
    return new Info(null, List.copyOf(new LinkedHashSet<>(all)));
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

  /**
   * The {@code count} most selective of {@code sets}: those whose shortest string is longest, a
   * set of fewer strings first where that ties; in that order, so the choice is the same every run.
   */
  private static List<Set<String>> mostSelective(List<Set<String>> sets, int count) {
    return sets.stream()
        .sorted(Comparator.comparingInt(RequiredLiterals::shortest).reversed()
            .thenComparingInt(Set::size)
            .thenComparing(set -> set.stream().sorted().toList().toString()))
        .limit(count)
        .toList();
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
