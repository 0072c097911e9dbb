package org.sofslint.sofs;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds who is worried: the subject before "is/are worried", "worries", "fears", before "'s
 * worry is", or before "agree on this worry:". Unowned wordings ("there are concerns", "it is
 * felt", "concerns have been raised", "professionals are worried") are generic.
 */
final class WorryFrames {
  private static final Set<String> BE = Set.of("is", "are", "am", "'s", "'re", "was", "were", "be",
      "been", "remain", "remains", "remained", "feel", "feels", "felt", "became", "become", "get",
      "gets", "got", "'m");
  private static final Set<String> STATES = Set.of("worried", "concerned", "anxious");
  private static final Set<String> HAVE = Set.of("have", "has", "had");
  /** What links a worry to what it is about: "worried that", "concerned about", "fear for". */
  private static final Set<String> AFTER_WORRY = Set.of("that", "about", "for");
  /** Fear words frame a worry only when followed by what is feared ("scared that"): "Sam is scared" is an effect. */
  private static final Set<String> FEARS = Set.of("scared", "frightened", "afraid");
  private static final Set<String> VERBS = Set.of("worry", "worries", "fear", "fears", "feared");
  private static final Set<String> NOUNS = Set.of("worry", "worries", "concern", "concerns", "fear", "fears");
  private static final Set<String> ADVERBS = Set.of("very", "really", "also", "particularly",
      "still", "increasingly", "extremely", "so", "more", "most", "deeply", "greatly", "all",
      "both", "now", "not", "n't", "seriously", "gravely", "understandably", "rightly");
  private static final Set<String> UNOWNED = Set.of("there", "it", "professionals", "professional",
      "people", "services", "agencies", "agency", "others", "some", "concerns", "concern",
      "everyone", "everybody", "all", "one", "staff", "the", "a", "many", "several", "various",
      "other", "involved", "working", "with", "family", "main", "biggest", "greatest", "key");
  private static final Set<String> UNOWNED_OPENERS = Set.of("felt", "feared", "thought", "believed",
      "considered", "raised", "noted", "expressed", "reported", "identified", "shared", "highlighted");
  private static final Set<String> OPENERS = Set.of("although", "though", "while", "whilst",
      "since", "if", "when", "as", "because", "despite", "following", "after", "given", "before",
      "in", "on", "at", "however", "but", "and");

  /** Every word a frame is found from; most words are none of them, which one lookup tells. */
  private static final Set<String> FRAME_WORDS =
      Stream.of(Set.of("there"), UNOWNED_OPENERS, FEARS, STATES, VERBS, NOUNS).flatMap(Set::stream)
          .collect(Collectors.toUnmodifiableSet());

  private WorryFrames() {}

  static Worry find(Words w) {
    int n = w.size();
    for (int i = 0; i < n; i++) {
      String word = w.word(i);
      if (!FRAME_WORDS.contains(word)) {
        continue;
      }
      if (word.equals("there") && i + 2 < n && BE.contains(w.word(i + 1))) {
        int j = i + 2;
        while (j < n && !NOUNS.contains(w.word(j)) && (ADVERBS.contains(w.word(j)) || UNOWNED.contains(w.word(j)))) {
          j++;
        }
        if (j < n && NOUNS.contains(w.word(j))) {
          return new Worry(Worry.Kind.GENERIC, "", i, skipThat(w, j + 1));
        }
      }
      if (UNOWNED_OPENERS.contains(word) && i > 0 && BE.contains(w.word(i - 1))) {
        int subject = i - 1;
        while (subject >= 0 && (BE.contains(w.word(subject)) || HAVE.contains(w.word(subject)))) {
          subject--;
        }
        if (subject < 0 || w.word(subject).equals("it") || NOUNS.contains(w.word(subject))) {
          return new Worry(Worry.Kind.GENERIC, "", Math.max(0, subject), skipThat(w, i + 1));
        }
      }
      boolean framedFear = FEARS.contains(word) && i + 1 < n
          && (w.word(i + 1).equals("that") || w.word(i + 1).equals("about"));
      boolean state = (STATES.contains(word) || framedFear) && beIndex(w, i) >= 0;
      boolean verb = VERBS.contains(word) && (w.tag(i).equals("VERB") || i + 1 < n && w.word(i + 1).equals("that"));
      if (state || verb) {
        int subjectEnd = verb ? i : beIndex(w, i);
        return owner(w, clauseStart(w, subjectEnd), subjectEnd, skipThat(w, i + 1));
      }
      if (NOUNS.contains(word) && w.tag(i).equals("NOUN")) {
        int j = i + 1;
        if (j < n && w.word(j).equals("(")) {
          while (j < n && !w.word(j).equals(")")) {
            j++;
          }
          j++;
        }
        if (j < n && (w.word(j).equals("is") || w.word(j).equals("are"))) {
          return owner(w, clauseStart(w, i), j, skipThat(w, j + 1));
        }
        if (j < n && w.word(j).equals(":")) {
          int subjectEnd = i;
          while (subjectEnd > 0 && !w.isVerb(subjectEnd - 1)) {
            subjectEnd--;
          }
          return owner(w, clauseStart(w, subjectEnd), subjectEnd > 0 ? subjectEnd - 1 : i, j + 1);
        }
      }
    }
    return Worry.NONE;
  }

  private static Worry owner(Words w, int start, int end, int frameEnd) {
    StringBuilder who = new StringBuilder();
    boolean owned = false;
    for (int k = start; k < end; k++) {
      String word = w.word(k);
      if (word.equals("'s") || word.equals("our") || word.equals("my") || word.equals("their")) {
        owned |= word.equals("our") || word.equals("my");
      } else if (Character.isLetterOrDigit(word.charAt(0)) && !UNOWNED.contains(word) && !ADVERBS.contains(word)) {
        owned = true;
      }
      boolean joined = k > start && w.tokens().get(k - 1).span().end() == w.tokens().get(k).span().start();
      who.append(who.length() > 0 && !joined ? " " : "").append(w.text(k));
    }
    return new Worry(owned ? Worry.Kind.NAMED : Worry.Kind.GENERIC, who.toString(), start, frameEnd);
  }

  private static int beIndex(Words w, int i) {
    int j = i - 1;
    while (j >= 0 && ADVERBS.contains(w.word(j))) {
      j--;
    }
    return j >= 0 && BE.contains(w.word(j)) ? j : -1;
  }

  /**
   * Where the worrier's name starts: the sentence's start, after a ";" or ":", or after an
   * opening clause ("Although Dad has stopped drinking, Jo is worried…"). Commas inside the
   * name ("Jo, the social worker, and the school") do not end it.
   */
  private static int clauseStart(Words w, int end) {
    int start = 0;
    for (int k = 0; k < end; k++) {
      if (w.word(k).equals(";") || w.word(k).equals(":") || w.word(k).equals(".")) {
        start = k + 1;
      }
    }
    if (start < end && OPENERS.contains(w.word(start))) {
      for (int k = start; k < end; k++) {
        if (w.word(k).equals(",")) {
          return k + 1;
        }
      }
    }
    return start;
  }

  private static int skipThat(Words w, int i) {
    return i < w.size() && AFTER_WORRY.contains(w.word(i)) ? i + 1 : i;
  }
}
