package org.sofslint.nlp;

import java.util.Locale;

/**
 * How hard English text is to read, as a UK reading age. SMOG (McLaughlin 1969) counts words of
 * three or more syllables per 30 sentences; it was made to predict full understanding, which is
 * what family-facing writing needs, and it counts syllables, not letters, so British spellings
 * ("behaviour", "paediatrician") do not move it. A UK reading age is the US grade plus 5.
 */
public final class Readability {
  private static final int GRADE_TO_READING_AGE = 5;

  private Readability() {}

  /**
   * Syllables in a word, by vowel groups after dropping a silent "e", "es" or "ed" ("while" but
   * not "bottle"); at least one. An estimate: "every" counts three. Asked of every word of a
   * report, so loops rather than expressions.
   */
  public static int syllables(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    StringBuilder letters = new StringBuilder(lower.length());
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (c >= 'a' && c <= 'z') {
        letters.append(c);
      }
    }
    // "behaviour" and "behavior" have the same syllables; "iou" would count as two groups.
    String w = letters.toString().replace("iour", "ior");
    if (w.length() <= 3) {
      return 1;
    }
    int end = w.length() - silentEnding(w);
    int count = 0;
    for (int i = w.charAt(0) == 'y' ? 1 : 0; i < end; i++) {
      if (isVowel(w.charAt(i))) {
        count++;
        // A group is one or two vowels: "beautiful" has "ea", "u", "i".
        if (i + 1 < end && isVowel(w.charAt(i + 1))) {
          i++;
        }
      }
    }
    return Math.max(1, count);
  }

  /**
   * How many letters a silent ending takes off the end: a consonant but "l" and "es" ("times"), "ed",
   * a consonant but "l" and "e" ("while"), or the "e" of a vowel and "le" ("whole" but not "bottle").
   */
  private static int silentEnding(String w) {
    int n = w.length();
    if (w.endsWith("es") && !isVowelOrL(w.charAt(n - 3))) {
      return 3;
    }
    if (w.endsWith("ed")) {
      return 2;
    }
    if (w.endsWith("e") && !isVowelOrL(w.charAt(n - 2))) {
      return 2;
    }
    return w.endsWith("le") && isVowel(w.charAt(n - 3)) ? 1 : 0;
  }

  private static boolean isVowel(char c) {
    return "aeiouy".indexOf(c) >= 0;
  }

  private static boolean isVowelOrL(char c) {
    return c == 'l' || isVowel(c);
  }

  /** UK reading age by SMOG of text with {@code sentences} sentences and {@code polysyllables} words of 3+ syllables. */
  public static double readingAge(int sentences, int polysyllables) {
    double grade = 1.0430 * Math.sqrt(polysyllables * 30.0 / Math.max(1, sentences)) + 3.1291;
    return grade + GRADE_TO_READING_AGE;
  }

  /**
   * UK reading age by Flesch-Kincaid (Kincaid et al. 1975), which suits texts for young readers:
   * it weighs words per sentence and syllables per word, so it does not jump on one long word.
   * Never below 5, the age reading starts.
   */
  public static double childReadingAge(int sentences, int words, int syllables) {
    double grade = 0.39 * words / Math.max(1, sentences) + 11.8 * syllables / Math.max(1, words) - 15.59;
    return Math.max(0, grade) + GRADE_TO_READING_AGE;
  }
}
