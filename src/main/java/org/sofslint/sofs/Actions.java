package org.sofslint.sofs;

import java.util.Set;
import org.sofslint.nlp.ScreenedPattern;

/**
 * What people in a statement do: an adult's behaviour, anyone acting at all, an adult able to
 * act in a goal, and whether a goal's actions are only stopping something or only going to
 * services.
 */
final class Actions {
  /** Care not given ("not be fed", "was not washed") or a child kept from school or at home. */
  static final ScreenedPattern CARE_NOT_GIVEN = ScreenedPattern.compile("(?i)\\b(?:not|n't|never)\\s+(?:be\\s+|being\\s+|been\\s+)?"
      + "(?:fed|washed|bathed|changed|clothed|supervised|looked\\s+after|cared\\s+for|collected|picked\\s+up"
      + "|taken\\s+to|brought\\s+to|kept\\s+(?:clean|safe|warm)|given)\\b"
      + "|\\b(?:keeps?|kept|keeping)\\s+\\S+\\s+(?:at\\s+home|home|off\\s+school|out\\s+of\\s+school)\\b");
  private static final Set<String> NOT_ACTIONS = Set.of("be", "love", "loves", "loved", "want",
      "wants", "wanted", "think", "thinks", "thought", "feel", "feels", "felt", "say", "says", "said",
      "tell", "tells", "told", "know", "knows", "knew", "seem", "seems", "seemed", "worry", "worries",
      "need", "needs", "agree", "agrees", "agreed", "understand", "understands", "hope", "hopes",
      "like", "likes", "believe", "believes", "accept", "accepts", "deny", "denies", "denied",
      "has", "have", "had", "is", "are", "was", "were", "describe", "describes", "described",
      "report", "reports", "reported", "change", "changes", "live", "lives", "lived", "become",
      "becomes", "arrive", "arrives", "arrived");
  private static final Set<String> PRONOUNS = Set.of("he", "she", "we", "they", "i");
  private static final Set<String> BETWEEN_SUBJECT_AND_VERB = Set.of("not", "n't", "never", "also", "always", "no",
      "longer");
  private static final Set<String> NOT_MAIN = Set.of("been", "has", "had", "was", "were", "being");
  private static final Set<String> BEFORE_PROGRESSIVE = Set.of("be", "been", "keep", "keeps", "start",
      "starts", "carry", "continue", "continues");
  private static final Set<String> SERVICE_USES = Set.of("keep", "go", "goes", "get", "finish", "do",
      "take", "book", "make", "have");

  private Actions() {}

  /** Something an adult does or fails to do, as a verb or a noun ("Mum's drinking", "not being fed"). */
  static boolean behaviour(Words w, People people, ScreenedPattern.Screened statement) {
    if (w.hasOutsideFrame(Cue.BEHAVIOUR) || statement.find(CARE_NOT_GIVEN)) {
      return true;
    }
    for (int i = 0; i < w.size(); i++) {
      if (w.inFrame(i) || !(w.covers(Cue.ADULT, i) || people.isAdult(w.text(i)))) {
        continue;
      }
      for (int j = i + 1; j < w.size() && j <= i + 4; j++) {
        if (w.isVerb(j) && !NOT_ACTIONS.contains(w.word(j)) && !w.covers(Cue.WORRY, j) && !w.covers(Cue.LABEL, j)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Someone did or does something: a person (role, name, pronoun) followed by an action verb
   * that is not love, a wish, a promise, going to a service, or a worry.
   */
  static boolean acts(Words w, People people) {
    for (int i = 0; i < w.size(); i++) {
      boolean person = w.covers(Cue.ADULT, i) || w.covers(Cue.NETWORK, i) || PRONOUNS.contains(w.word(i))
          || People.isName(w.text(i)) || people.isAdult(w.text(i));
      if (!person) {
        continue;
      }
      for (int j = i + 1; j < w.size() && j <= i + 6; j++) {
        boolean action = w.isVerb(j) && !NOT_ACTIONS.contains(w.word(j))
            && !w.covers(Cue.STRENGTH, j) && !w.covers(Cue.INTENTION, j) && !w.covers(Cue.WORRY, j)
            && !isServiceVerb(w, j) && !w.covers(Cue.LABEL, j) && !w.word(j).endsWith("ing");
        if (action) {
          return true;
        }
      }
    }
    return false;
  }

  /** An adult who can act: a role, a network member, a named adult, or a subject with a verb of its own ("Jo will check"). */
  static boolean adult(Words w, People people) {
    if (w.hits().has(Cue.ADULT) || w.hits().has(Cue.NETWORK)) {
      return true;
    }
    for (int i = 0; i < w.size(); i++) {
      if (people.isAdult(w.text(i))) {
        return true;
      }
      boolean subject = PRONOUNS.contains(w.word(i)) || People.isName(w.text(i));
      if (subject && actsNext(w, i)) {
        return true;
      }
    }
    return false;
  }

  private static boolean actsNext(Words w, int i) {
    int j = i + 1;
    while (j < w.size() && (w.word(j).equals("and") || People.isName(w.text(j)) || w.covers(Cue.MODAL, j)
        || BETWEEN_SUBJECT_AND_VERB.contains(w.word(j))
        || w.tag(j).equals("PROPN"))) {
      j++;
    }
    return j < w.size() && j <= i + 5 && w.isVerb(j) && !NOT_ACTIONS.contains(w.word(j));
  }

  /** Every action is stopped or negated ("Dad will not drink", "Mum will stop using cannabis"). */
  static boolean absenceOnly(Words w) {
    boolean negative = w.hasOutsideFrame(Cue.NEGATION) || w.hasOutsideFrame(Cue.CESSATION);
    return negative && !positiveVerb(w, false);
  }

  /** The only actions are going to services ("will attend a course and engage with CGL"). */
  static boolean serviceOnly(Words w) {
    return usesServices(w) && !positiveVerb(w, true);
  }

  /** Attending, engaging with or keeping to a service, anywhere in the statement. */
  static boolean usesServices(Words w) {
    for (int i = 0; i < w.size(); i++) {
      if (w.isVerb(i) && isServiceVerb(w, i)) {
        return true;
      }
    }
    return false;
  }

  /** "attend", "engage with", or a general verb before a service: "keep all his CGL appointments". */
  private static boolean isServiceVerb(Words w, int i) {
    if (w.covers(Cue.SERVICE_VERB, i)) {
      return true;
    }
    if (!SERVICE_USES.contains(w.word(i))) {
      return false;
    }
    for (int j = i + 1; j < w.size() && j <= i + 4; j++) {
      if (w.covers(Cue.SERVICE_NOUN, j)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether some verb says what someone will do: not negated, not under "stop" or "refrain from"
   * ("will stop shouting and swearing"), not a participle hanging off the clause ("with Gran
   * supporting her"), and (when {@code besidesServices}) not going to a service.
   */
  private static boolean positiveVerb(Words w, boolean besidesServices) {
    boolean stopping = false;
    for (int i = 0; i < w.size(); i++) {
      if (w.inFrame(i)) {
        continue;
      }
      String word = w.word(i);
      if (w.covers(Cue.CESSATION, i)) {
        stopping = true;
        continue;
      }
      if (w.covers(Cue.MODAL, i) || word.equals(";") || word.equals(".")) {
        stopping = false;
      }
      if (!w.isVerb(i) || w.covers(Cue.WORRY, i) || stopping) {
        continue;
      }
      String before = i > 0 ? w.word(i - 1) : "";
      boolean participle = word.endsWith("ing") && !BEFORE_PROGRESSIVE.contains(before);
      if (NOT_MAIN.contains(before) || participle || besidesServices && isServiceVerb(w, i)) {
        continue;
      }
      boolean negated = false;
      for (int j = Math.max(0, i - 3); j < i; j++) {
        negated |= w.covers(Cue.NEGATION, j);
      }
      if (!negated) {
        return true;
      }
    }
    return false;
  }
}
