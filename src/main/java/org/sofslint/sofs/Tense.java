package org.sofslint.sofs;

import java.util.Set;

/**
 * Past, present and future in a statement, from its words: the UD tags carry no tense. Past
 * comes from was/were/had/did, "has" or "could have" before a participle, "-ed" forms, irregular
 * past forms, and a verb like "hit" after a singular subject ("Dad hit Sam") but not after "to",
 * a modal or "Mum and Dad". Future comes from modals, "going to", "at risk of", "if" and
 * "unless"; "would" after a past event is past ("he said he would stop"). The worry wording is
 * skipped: "Jo is worried" is not the present tense of what Jo is worried about.
 */
final class Tense {
  private static final Set<String> AUXILIARIES = Set.of("is", "are", "am", "was", "were", "be",
      "been", "being", "get", "gets", "got", "getting", "will", "would", "could", "might", "may",
      "can", "shall", "should", "must", "'ll", "to", "do", "does", "did", "has", "have", "had", "'s",
      "'re", "'ve", "'d", "let", "make", "help", "wo", "ca");
  private static final Set<String> SKIPPABLE = Set.of("not", "n't", "never", "also", "already",
      "just", "recently", "repeatedly", "then", "again", "allegedly", "reportedly", "often", "once",
      "still", "previously", "always", "sometimes");
  private static final Set<String> SINGULAR_SUBJECTS = Set.of("he", "she", "it", "mum", "dad",
      "mother", "father", "who", "partner", "boyfriend", "girlfriend", "stepdad", "stepfather",
      "gran", "nan", "uncle", "aunt");
  /** "'ll", and the first halves of "won't" and "can't" as the tokenizer splits them. */
  private static final Set<String> CONTRACTED_MODALS = Set.of("'ll", "wo", "ca");
  private static final Set<String> SUBJECT_TAGS = Set.of("NOUN", "PROPN", "PRON");

  private Tense() {}

  static boolean future(Words w) {
    if (w.hasOutsideFrame(Cue.FUTURE_PHRASE) || w.hasOutsideFrame(Cue.CONDITIONAL)) {
      return true;
    }
    for (int i = 0; i < w.size(); i++) {
      if (w.inFrame(i)) {
        continue;
      }
      boolean modal = w.covers(Cue.MODAL, i)
          && (w.tag(i).equals("AUX") || CONTRACTED_MODALS.contains(w.word(i)));
      boolean perfect = i + 1 < w.size() && w.word(i + 1).equals("have");
      boolean pastWould = w.word(i).equals("would") && past(w, i);
      if (modal && !perfect && !pastWould) {
        return true;
      }
    }
    return false;
  }

  static boolean past(Words w) {
    return w.hasOutsideFrame(Cue.PAST_TIME) || past(w, w.size());
  }

  /** A past event before token {@code end}. */
  private static boolean past(Words w, int end) {
    for (int i = 0; i < end; i++) {
      if (w.inFrame(i)) {
        continue;
      }
      if (w.isVerbal(i) && w.covers(Cue.PAST_AUX, i)
          || w.covers(Cue.MODAL, i) && i + 1 < w.size() && w.word(i + 1).equals("have")
          || w.covers(Cue.PERFECT_AUX, i) && participleFollows(w, i)) {
        return true;
      }
      if (w.isVerb(i) && !afterAuxiliary(w, i)) {
        String word = w.word(i);
        if (word.endsWith("ed") && word.length() > 3 || w.covers(Cue.IRREGULAR_PAST, i)
            || w.covers(Cue.AMBIGUOUS_PAST, i) && singularSubjectBefore(w, i)) {
          return true;
        }
      }
    }
    return false;
  }

  static boolean present(Words w) {
    for (int i = 0; i < w.size(); i++) {
      if (w.inFrame(i)) {
        continue;
      }
      String word = w.word(i);
      if (w.tag(i).equals("AUX") && w.covers(Cue.PRESENT_AUX, i) && !word.equals("'s")) {
        boolean perfect = w.covers(Cue.PERFECT_AUX, i) && participleFollows(w, i);
        boolean goingTo = i + 2 < w.size() && w.word(i + 1).equals("going") && w.word(i + 2).equals("to");
        if (!perfect && !goingTo) {
          return true;
        }
      }
      boolean thirdPerson = word.endsWith("s") && !word.endsWith("ss");
      boolean behaviourTaggedAsNoun = w.tag(i).equals("NOUN") && w.covers(Cue.BEHAVIOUR, i) && subjectBefore(w, i);
      if (behaviourTaggedAsNoun && thirdPerson) {
        return true;
      }
      if (w.isVerb(i) && !afterAuxiliary(w, i) && !word.endsWith("ed") && !word.endsWith("ing")
          && !w.covers(Cue.IRREGULAR_PAST, i) && subjectBefore(w, i)
          && (thirdPerson || !w.covers(Cue.AMBIGUOUS_PAST, i))) {
        return true;
      }
    }
    return false;
  }

  /** A noun, name or pronoun just before: the verb has a subject of its own. */
  private static boolean subjectBefore(Words w, int i) {
    int j = i - 1;
    while (j >= 0 && SKIPPABLE.contains(w.word(j))) {
      j--;
    }
    return j >= 0 && !w.inFrame(j) && (SUBJECT_TAGS.contains(w.tag(j)) || w.covers(Cue.ADULT, j));
  }

  private static boolean participleFollows(Words w, int i) {
    int j = i + 1;
    while (j < w.size() && SKIPPABLE.contains(w.word(j))) {
      j++;
    }
    if (j >= w.size()) {
      return false;
    }
    String next = w.word(j);
    return next.equals("been") || w.isVerbal(j) && (next.endsWith("ed") || w.covers(Cue.IRREGULAR_PAST, j)
        || w.covers(Cue.AMBIGUOUS_PAST, j));
  }

  static boolean afterAuxiliary(Words w, int i) {
    int j = i - 1;
    while (j >= 0 && SKIPPABLE.contains(w.word(j))) {
      j--;
    }
    return j >= 0 && AUXILIARIES.contains(w.word(j));
  }

  private static boolean singularSubjectBefore(Words w, int i) {
    int j = i - 1;
    while (j >= 0 && SKIPPABLE.contains(w.word(j))) {
      j--;
    }
    if (j < 0) {
      return false;
    }
    String word = w.word(j);
    boolean coordinated = j > 0 && (w.word(j - 1).equals("and") || w.word(j - 1).equals("or"));
    return !coordinated && (SINGULAR_SUBJECTS.contains(word) || w.tag(j).equals("PROPN")
        || w.tag(j).equals("NOUN") && !word.endsWith("s"));
  }
}
