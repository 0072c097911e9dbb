package org.sofslint.nlp;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How hard English text is to read, as a UK reading age. SMOG (McLaughlin 1969) counts words of
 * three or more syllables per 30 sentences; it was made to predict full understanding, which is
 * what family-facing writing needs, and it counts syllables, not letters, so British spellings
 * ("behaviour", "paediatrician") do not move it. A UK reading age is the US grade plus 5.
 */
public final class Readability {
  private static final Pattern SILENT_ENDING = Pattern.compile("(?:[^laeiouy]es|ed|[^laeiouy]e|(?<=[aeiouy]l)e)$");
  private static final Pattern VOWEL_GROUP = Pattern.compile("[aeiouy]{1,2}");
  private static final Pattern NOT_LETTER = Pattern.compile("[^a-z]");
  private static final int GRADE_TO_READING_AGE = 5;

  private Readability() {}

  /**
   * Syllables in a word, by vowel groups after dropping a silent "e", "es" or "ed" ("while" but
   * not "bottle"); at least one. An estimate: "every" counts three.
   */
  public static int syllables(String word) {
    // "behaviour" and "behavior" have the same syllables; "iou" would count as two groups.
    String w = NOT_LETTER.matcher(word.toLowerCase(Locale.ROOT)).replaceAll("").replace("iour", "ior");
    if (w.length() <= 3) {
      return 1;
    }
    w = SILENT_ENDING.matcher(w).replaceFirst("");
    if (w.startsWith("y")) {
      w = w.substring(1);
    }
    int count = 0;
    java.util.regex.Matcher groups = VOWEL_GROUP.matcher(w);
    while (groups.find()) {
      count++;
    }
    return Math.max(1, count);
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
