package org.sofslint.sofs;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sofslint.document.Sentence;
import org.sofslint.document.Token;

/**
 * The people a report names, told apart by what the report says about them: an age or a
 * child word ("Sam (7)", "Sam, aged 7", "baby Theo") makes a child; a role ("Kerry (Mum)",
 * "Kerry Walsh (Mum)", "Mum, Kerry", "Mr Hale") an adult. Names with neither are unknown.
 */
public record People(Set<String> children, Set<String> adults) {
  private static final Set<String> CHILD_WORDS = Set.of("son", "daughter", "baby", "brother",
      "sister", "child", "children", "toddler", "infant", "stepson", "stepdaughter", "grandson",
      "granddaughter", "twins", "siblings");
  private static final Set<String> ROLE_WORDS = Set.of("mum", "mummy", "mother", "dad", "daddy",
      "father", "parent", "stepdad", "stepfather", "stepmum", "stepmother", "partner", "boyfriend",
      "girlfriend", "gran", "grandma", "grandmother", "grandad", "grandfather", "nan", "nana",
      "aunt", "auntie", "uncle", "mr", "mrs", "ms", "dr", "worker", "teacher", "nurse", "officer",
      "visitor", "manager", "doctor", "gp", "husband", "wife", "carer", "neighbour", "friend");
  /** Capitalised words that are not names: sentence openers, roles, places, dates, agencies. */
  static final Set<String> NOT_NAMES = Set.of("i", "the", "a", "an", "this", "that", "these",
      "those", "there", "it", "he", "she", "they", "we", "you", "his", "her", "their", "our", "my",
      "your", "on", "in", "at", "when", "if", "after", "before", "during", "since", "as", "by",
      "for", "from", "to", "of", "with", "today", "yesterday", "both", "all", "some", "no", "yes",
      "however", "also", "although", "because", "while", "once", "then", "each", "every",
      "despite", "what", "who", "how", "why", "where", "which", "one", "two", "three", "mum",
      "mummy", "dad", "daddy", "gran", "granny", "nan", "nana", "nanna", "grandma", "grandad",
      "grandpa", "auntie", "aunty", "aunt", "uncle", "mother",
      "father", "children", "child", "services", "service", "school", "police", "social",
      "worker", "health", "visitor", "council", "court", "team", "hospital", "doctor", "dr",
      "mr", "mrs", "ms", "miss", "monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july",
      "august", "september", "october", "november", "december", "christmas", "easter", "english",
      "british", "polish", "safety", "harm", "danger", "strengths", "goals", "next", "scaling",
      "family", "home", "primary", "academy", "nursery", "centre", "street", "road", "and",
      "but", "or", "so", "not", "never", "always", "will", "would", "could", "might", "can",
      "should", "must", "until", "unless", "over", "under", "about", "around", "again", "still",
      "now", "here", "later", "earlier", "whilst", "nobody", "everyone", "someone", "professionals",
      "concerns", "worries", "staff", "sw", "gp", "nhs", "cps", "csc", "she's",
      "he's", "it's", "i'm", "we're", "they're", "is", "are", "was", "were", "has", "have", "had",
      "do", "does", "did", "be", "being", "been", "says", "said", "wants", "we'll", "last",
      "first", "second", "third", "agency", "agencies", "department", "children's", "early", "help");

  /**
   * Each kept in the order the report first names them (the first child named fills messages),
   * and as a set: whether a word names an adult is asked of every word of a statement.
   */
  public People {
    children = Collections.unmodifiableSet(new LinkedHashSet<>(children));
    adults = Collections.unmodifiableSet(new LinkedHashSet<>(adults));
  }

  public static People find(List<Sentence> sentences) {
    Set<String> children = new LinkedHashSet<>();
    Set<String> adults = new LinkedHashSet<>();
    for (Sentence sentence : sentences) {
      List<Token> tokens = sentence.tokens();
      for (int i = 0; i < tokens.size(); i++) {
        String name = tokens.get(i).text();
        if (!isName(name)) {
          continue;
        }
        if (hasRole(tokens, i)) {
          adults.add(name);
        } else if (hasAge(tokens, i)) {
          children.add(name);
        }
      }
    }
    children.removeAll(adults);
    return new People(children, adults);
  }

  /** A capitalised word that is not a common opener, role, place or date word. */
  static boolean isName(String word) {
    return looksLikeName(word) && !NOT_NAMES.contains(word.toLowerCase(Locale.ROOT));
  }

  /** An upper-case letter, then lower-case letters, apostrophes and hyphens: called for every word, so no regex. */
  private static boolean looksLikeName(String word) {
    if (word.length() < 2 || Character.getType(word.charAt(0)) != Character.UPPERCASE_LETTER) {
      return false;
    }
    for (int i = 1; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.getType(c) != Character.LOWERCASE_LETTER && c != '\'' && c != '’' && c != '-') {
        return false;
      }
    }
    return true;
  }

  private static boolean hasRole(List<Token> tokens, int i) {
    String before = lower(tokens, i - 1);
    String beforeComma = lower(tokens, i - 2);
    if (ROLE_WORDS.contains(before) || before.equals(",") && ROLE_WORDS.contains(beforeComma)) {
      return true;
    }
    int next = i + 1;
    while (next < tokens.size() && next <= i + 2 && isName(tokens.get(next).text())) {
      next++;
    }
    String opener = lower(tokens, next);
    if (!opener.equals("(") && !opener.equals(",")) {
      return false;
    }
    for (int j = next + 1; j <= next + 4 && j < tokens.size(); j++) {
      if (ROLE_WORDS.contains(lower(tokens, j))) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasAge(List<Token> tokens, int i) {
    if (CHILD_WORDS.contains(lower(tokens, i - 1)) || isAge(lower(tokens, i - 1))
        && lower(tokens, i - 1).contains("year")) {
      return true;
    }
    for (int j = i + 1; j <= i + 3 && j < tokens.size(); j++) {
      String word = lower(tokens, j);
      if (isAge(word) || word.equals("aged")) {
        return true;
      }
      if (!word.equals("(") && !word.equals(",") && !word.equals("is") && !word.equals("age")) {
        return false;
      }
    }
    return false;
  }

  /**
   * An age as a word: one or two digits, alone or as "7-year-old" or "15-years-old". Asked of the
   * words around every name, so a loop rather than an expression.
   */
  static boolean isAge(String word) {
    int digits = 0;
    while (digits < word.length() && word.charAt(digits) >= '0' && word.charAt(digits) <= '9') {
      digits++;
    }
    if (digits == 0 || digits > 2) {
      return false;
    }
    int rest = word.length() - digits;
    return rest == 0
        || rest == "-year-old".length() && word.startsWith("-year-old", digits)
        || rest == "-years-old".length() && word.startsWith("-years-old", digits);
  }

  private static String lower(List<Token> tokens, int i) {
    return i < 0 || i >= tokens.size() ? "" : tokens.get(i).text().toLowerCase(Locale.ROOT);
  }

  /** True for a name the report marks as an adult. */
  public boolean isAdult(String name) {
    return adults.contains(name);
  }

  /** True for a name that is not marked as an adult: in a report these are mostly children. */
  public boolean mayBeChild(String name) {
    return isName(name) && !adults.contains(name);
  }
}
