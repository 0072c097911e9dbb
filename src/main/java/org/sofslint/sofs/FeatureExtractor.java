package org.sofslint.sofs;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.sofslint.document.SectionKind;
import org.sofslint.document.Sentence;
import org.sofslint.document.Span;
import org.sofslint.document.Token;
import org.sofslint.nlp.Lazy;
import org.sofslint.nlp.PhraseIndex;
import org.sofslint.nlp.TermNormaliser;
import org.sofslint.nlp.TextAnalyzer;

/**
 * Computes a statement's {@link Features} from its words, its cues and its part-of-speech tags.
 * The UD tags carry no tense, so tense comes from the words: auxiliaries and modals, "-ed" forms,
 * irregular past forms, and a verb like "hit" read as past after a singular subject ("Dad hit
 * Sam") but not after "to", a modal or a plural subject. Thread-safe: the cue index is built
 * once, on first use, and only read.
 */
public final class FeatureExtractor {
  private static final String NUMBER =
      "(?:\\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|several|many|a\\s+few|some)";
  private static final Pattern WHEN = Pattern.compile("(?i)"
      + "\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\\b"
      + "|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\b"
      + "|\\b(?:january|february|march|april|june|july|august|september|october|november|december|(?-i:May))\\b"
      + "|\\b\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?\\b|\\b(?:19|20)\\d{2}\\b"
      + "|\\b(?:yesterday|today|tonight|overnight|ago|earlier|previously|recently)\\b"
      + "|\\blast\\s+(?:night|week|weekend|month|year|summer|winter|spring|autumn|christmas|time|term)\\b"
      + "|\\bthis\\s+(?:morning|afternoon|evening|week|month|year|term)\\b"
      + "|\\b\\d{1,2}(?::\\d{2})?\\s*(?:am|pm)\\b|\\bat\\s+(?:about\\s+|around\\s+)?\\d{1,2}(?::\\d{2})?\\b"
      + "|\\bwhen\\s+\\S+\\s+(?:was|were)\\s+(?:" + NUMBER + "\\b|a\\s+baby|a\\s+toddler|younger|little|small|born)"
      + "|\\b(?:aged|age)\\s+\\d|\\bat\\s+the\\s+age\\s+of\\b|\\bsince\\b|\\bduring\\b"
      + "|\\bon\\s+" + NUMBER + "\\s+occasions?\\b|\\b(?:twice|once|\\d+\\s+times|three\\s+times)\\b"
      + "|\\bin\\s+the\\s+(?:summer|winter|spring|autumn|holidays|night|morning|evening)\\b"
      + "|\\b(?:one|that|the\\s+same|the\\s+next|the\\s+following)\\s+(?:night|day|morning|evening|weekend|week)\\b");
  private static final Pattern OVER_TIME = Pattern.compile("(?i)"
      + "\\bevery\\s+(?:day|night|week|weekend|month|morning|evening|time|single|other|visit|occasion"
      + "|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b"
      + "|\\beach\\s+(?:time|day|night|week|weekend|month|morning|evening|occasion|visit)\\b"
      + "|\\bon\\s+(?:\\d+|two|three|four|five|six|several|many|a\\s+number\\s+of|numerous|all)\\s+occasions\\b"
      + "|\\b(?:\\d+|two|three|four|five|six|several|many)\\s+times\\b|\\btwice\\b"
      + "|\\b(?:for|over|in)\\s+the\\s+(?:last|past)\\b"
      + "|\\bfor\\s+(?:over\\s+|more\\s+than\\s+|nearly\\s+|almost\\s+|about\\s+)?" + NUMBER
      + "\\s+(?:days?|weeks?|months?|years?)\\b"
      + "|\\b(?:since|consistently|repeatedly|regularly|whenever|throughout|daily|weekly|nightly|always)\\b"
      + "|\\bwithout\\s+fail\\b|\\bmost\\s+(?:days|nights|weekends|weeks)\\b");
  private static final Pattern DURATION = Pattern.compile("(?i)"
      + "\\bfor\\s+(?:at\\s+least\\s+|a\\s+(?:minimum|period)\\s+of\\s+|the\\s+next\\s+|the\\s+coming\\s+|another\\s+"
      + "|a\\s+further\\s+|over\\s+|the\\s+first\\s+)?" + NUMBER + "\\s+(?:days?|weeks?|months?|years?)\\b"
      + "|\\b(?:for|over)\\s+(?:the\\s+)?(?:next|coming)\\s+\\w+|\\b(?:until|till|throughout)\\b"
      + "|\\bfor\\s+as\\s+long\\s+as\\b|\\bfor\\s+the\\s+rest\\s+of\\b|\\bthrough\\s+to\\b"
      + "|\\bat\\s+least\\s+" + NUMBER + "\\s+(?:weeks|months|years)\\b|\\bfor\\s+a\\s+(?:year|month|while)\\b");
  private static final Pattern LEFT_ALONE = Pattern.compile("(?i)\\b(?:left|leaves|leave|leaving)\\s+(?:\\S+\\s+){0,4}?"
      + "(?:alone|on\\s+(?:her|his|their)\\s+own|unsupervised|with\\s+no\\s+(?:adult|one))\\b");
  private static final Pattern MISSED_SCHOOL = Pattern.compile("(?i)\\bmiss(?:ed|es|ing)?\\s+(?:\\S+\\s+){0,3}?"
      + "(?:school|lessons|nursery|education|college)\\b|\\b(?:taken|kept)\\s+(?:out\\s+of|off)\\s+school\\b");
  /** Care not given: "not be fed", "was not washed", "never collected". */
  private static final Pattern CARE_NOT_GIVEN = Pattern.compile("(?i)\\b(?:not|n't|never)\\s+(?:be\\s+|being\\s+|been\\s+)?"
      + "(?:fed|washed|bathed|changed|clothed|supervised|looked\\s+after|cared\\s+for|collected|picked\\s+up"
      + "|taken\\s+to|brought\\s+to|kept\\s+(?:clean|safe|warm)|given)\\b");
  private static final Set<String> CHILD_PRONOUNS = Set.of("he", "she", "they", "him", "her", "them", "his");
  private static final int IMPACT_REACH = 14;
  private static final Pattern PROTECTIVE_MOVE = Pattern.compile("(?i)"
      + "\\b(?:took|takes|take|taken|taking|drove|drives|sent|sends|brought|brings|moved|moves"
      + "|got|gets|kept|keeps)\\s+(?:\\S+\\s+){0,3}?(?:to|round\\s+to|over\\s+to|out\\s+of|away\\s+from|safe)"
      + "(?:\\s+(?:gran|nan|nana|grandma|her|his|their|the|a|an|safety|aunt|auntie|uncle|bed|a\\s+friend))?\\b");

  private static final Set<String> BE = Set.of("is", "are", "am", "'s", "'re", "was", "were", "be",
      "been", "remain", "remains", "remained", "feel", "feels", "felt", "became", "become", "get",
      "gets", "got", "'m");
  private static final Set<String> WORRY_STATES = Set.of("worried", "concerned", "anxious");
  /** Fear words frame a worry only when followed by what is feared ("scared that"): "Sam is scared" is an effect. */
  private static final Set<String> FEAR_STATES = Set.of("scared", "frightened", "afraid");
  private static final Set<String> WORRY_VERBS = Set.of("worry", "worries", "fear", "fears", "feared");
  private static final Set<String> WORRY_NOUNS = Set.of("worry", "worries", "concern", "concerns", "fear", "fears");
  private static final Set<String> ADVERBS = Set.of("very", "really", "also", "particularly",
      "still", "increasingly", "extremely", "so", "more", "most", "deeply", "greatly", "all",
      "both", "now", "not", "n't", "seriously", "gravely", "understandably", "rightly");
  private static final Set<String> UNOWNED = Set.of("there", "it", "professionals", "professional",
      "people", "services", "agencies", "agency", "others", "some", "concerns", "concern",
      "everyone", "everybody", "all", "one", "staff", "the", "a", "many", "several", "various",
      "other", "involved", "working", "with", "family", "main", "biggest", "greatest", "key");
  private static final Set<String> UNOWNED_OPENERS = Set.of("felt", "feared", "thought", "believed",
      "considered", "raised", "noted", "expressed", "reported", "identified", "shared", "highlighted");
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
  private static final Set<String> NOT_ACTIONS = Set.of("be", "love", "loves", "loved", "want",
      "wants", "wanted", "think", "thinks", "thought", "feel", "feels", "felt", "say", "says", "said",
      "tell", "tells", "told", "know", "knows", "knew", "seem", "seems", "seemed", "worry", "worries",
      "need", "needs", "agree", "agrees", "agreed", "understand", "understands", "hope", "hopes",
      "like", "likes", "believe", "believes", "accept", "accepts", "deny", "denies", "denied",
      "has", "have", "had", "is", "are", "was", "were", "describe", "describes", "described",
      "report", "reports", "reported", "change", "changes", "live", "lives", "lived", "become",
      "becomes", "arrive", "arrives", "arrived");
  private static final Set<String> OPENERS = Set.of("although", "though", "while", "whilst",
      "since", "if", "when", "as", "because", "despite", "following", "after", "given", "before",
      "in", "on", "at", "however", "but", "and");
  private static final Set<String> CERTAINTY_PERSONS = Set.of("he", "she", "they");
  private static final Set<String> ACTOR_PRONOUNS = Set.of("he", "she", "we", "they", "i");

  /** Words too common in danger statements and goals to show that one answers the other. */
  private static final Set<String> NOT_CONTENT = Set.of("worried", "worry", "concern", "concerned",
      "will", "would", "could", "might", "may", "can", "child", "children", "safe", "safety",
      "happen", "change", "nothing", "keep", "make", "sure", "time", "thing", "about", "that",
      "this", "with", "from", "have", "been", "when", "what", "their", "they", "them", "there",
      "into", "also", "more", "need", "get", "going", "like", "well", "goal", "the", "and", "for",
      "are", "was", "were", "not", "n't", "who", "his", "her", "she", "him", "all", "any", "our",
      "because", "if", "then", "than", "continue", "future", "see", "know", "able", "being",
      "services", "service", "social", "worker", "school");

  private final Lazy<PhraseIndex<Cue>> cues;
  private final TermNormaliser normaliser;
  private final TextAnalyzer nlp;

  /** Cheap to make: the cue index is built the first time a statement is read. */
  public FeatureExtractor(TermNormaliser normaliser, TextAnalyzer nlp) {
    this.cues = new Lazy<>(() -> {
      PhraseIndex.Builder<Cue> builder = PhraseIndex.builder(normaliser, nlp);
      for (Cue cue : Cue.values()) {
        cue.phrases().forEach(phrase -> builder.add(phrase, false, cue));
      }
      return builder.build();
    });
    this.normaliser = normaliser;
    this.nlp = nlp;
  }

  /** The statement's words that carry content, normalised: "drinking" and "drinks" are one. */
  Set<String> contentWords(Statement statement) {
    Set<String> words = new java.util.HashSet<>();
    for (Token token : statement.tokens()) {
      for (String key : normaliser.foldedKeys(token.text())) {
        if (key.length() > 2 && Character.isLetter(key.charAt(0)) && !NOT_CONTENT.contains(key)) {
          words.add(key);
        }
      }
    }
    return words;
  }

  /** The cues in a statement: cheap, no tagging. */
  CueHits cues(Statement statement) {
    return CueHits.of(cues.get().find(statement.tokens()));
  }

  /** Every feature of a statement whose text is {@code text}, given the people in its report. */
  public Features features(Statement statement, String text, People people) {
    CueHits hits = cues(statement);
    List<Token> tokens = statement.tokens();
    List<String> words = tokens.stream()
        .map(t -> t.text().toLowerCase(Locale.ROOT).replace('’', '\'')).toList();
    List<String> tags = new ArrayList<>(tokens.size());
    for (Sentence sentence : statement.sentences()) {
      tags.addAll(nlp.partsOfSpeech(sentence));
    }
    Worry worry = worry(tokens, words, tags);
    int from = worry.frameEnd();
    List<String> children = children(tokens, tags, hits, people, worry);
    boolean childImpact = childImpact(tokens, words, hits, people, children, from) || LEFT_ALONE.matcher(text).find()
        && !children.isEmpty() || MISSED_SCHOOL.matcher(text).find() && !children.isEmpty();
    boolean adult = adult(tokens, words, tags, hits, people);
    boolean behaviour = behaviour(tokens, words, tags, hits, people, from) || CARE_NOT_GIVEN.matcher(text).find();
    boolean past = past(words, tags, hits, from);
    boolean present = present(words, tags, hits, from);
    boolean future = future(words, tags, hits, from);
    return new Features(
        past,
        present,
        future,
        worry,
        children,
        adult,
        behaviour,
        childImpact,
        WHEN.matcher(text).find() || hits.has(Cue.PAST_TIME),
        OVER_TIME.matcher(text).find() || hits.has(Cue.VERIFIER),
        DURATION.matcher(text).find(),
        absenceOnly(words, tags, hits, from),
        serviceOnly(words, tags, hits, from),
        hits.has(Cue.PROTECTIVE) || PROTECTIVE_MOVE.matcher(text).find(),
        acts(tokens, words, tags, hits, people),
        hits.has(Cue.INTENTION),
        hits.has(Cue.STRENGTH),
        hits.has(Cue.CATEGORY) && !behaviour,
        hits.has(Cue.CONDITION) || behaviour && !past && !future,
        hits.has(Cue.NETWORK),
        certainty(statement, people));
  }

  /**
   * Who is worried: the subject before "is/are worried", "worries", "fears", or before "'s
   * worry is"; unowned wordings ("there are concerns", "it is felt", "concerns have been raised",
   * "professionals are worried") are generic.
   */
  private static Worry worry(List<Token> tokens, List<String> w, List<String> tags) {
    int n = w.size();
    for (int i = 0; i < n; i++) {
      String word = w.get(i);
      if (word.equals("there") && i + 2 < n && BE.contains(w.get(i + 1))) {
        int j = i + 2;
        while (j < n && !WORRY_NOUNS.contains(w.get(j)) && (ADVERBS.contains(w.get(j)) || UNOWNED.contains(w.get(j)))) {
          j++;
        }
        if (j < n && WORRY_NOUNS.contains(w.get(j))) {
          return new Worry(Worry.Kind.GENERIC, "", skipThat(w, j + 1));
        }
      }
      if (UNOWNED_OPENERS.contains(word) && i > 0 && BE.contains(w.get(i - 1))) {
        int subject = i - 1;
        while (subject >= 0 && (BE.contains(w.get(subject)) || Set.of("have", "has", "had").contains(w.get(subject)))) {
          subject--;
        }
        if (subject < 0 || w.get(subject).equals("it") || WORRY_NOUNS.contains(w.get(subject))) {
          return new Worry(Worry.Kind.GENERIC, "", skipThat(w, i + 1));
        }
      }
      boolean framedFear = FEAR_STATES.contains(word) && i + 1 < n
          && (w.get(i + 1).equals("that") || w.get(i + 1).equals("about"));
      boolean state = (WORRY_STATES.contains(word) || framedFear) && beBefore(w, i);
      boolean verb = WORRY_VERBS.contains(word)
          && (tags.get(i).equals("VERB") || i + 1 < n && w.get(i + 1).equals("that"));
      if (state || verb) {
        int subjectEnd = verb ? i : beIndex(w, i);
        return owner(tokens, w, clauseStart(w, subjectEnd), subjectEnd, skipThat(w, i + 1));
      }
      if (WORRY_NOUNS.contains(word) && tags.get(i).equals("NOUN")) {
        int j = i + 1;
        if (j < n && w.get(j).equals("(")) {
          while (j < n && !w.get(j).equals(")")) {
            j++;
          }
          j++;
        }
        if (j < n && (w.get(j).equals("is") || w.get(j).equals("are"))) {
          return owner(tokens, w, clauseStart(w, i), j, skipThat(w, j + 1));
        }
      }
    }
    return Worry.NONE;
  }

  private static Worry owner(List<Token> tokens, List<String> w, int start, int end, int frameEnd) {
    StringBuilder who = new StringBuilder();
    boolean owned = false;
    for (int k = start; k < end; k++) {
      String word = w.get(k);
      if (word.equals("'s") || word.equals("our") || word.equals("my") || word.equals("their")) {
        owned |= word.equals("our") || word.equals("my");
      } else if (Character.isLetterOrDigit(word.charAt(0)) && !UNOWNED.contains(word) && !ADVERBS.contains(word)) {
        owned = true;
      }
      boolean joined = k > start && tokens.get(k - 1).span().end() == tokens.get(k).span().start();
      who.append(who.length() > 0 && !joined ? " " : "").append(tokens.get(k).text());
    }
    return owned ? new Worry(Worry.Kind.NAMED, who.toString(), frameEnd)
        : new Worry(Worry.Kind.GENERIC, who.toString(), frameEnd);
  }

  private static boolean beBefore(List<String> w, int i) {
    return beIndex(w, i) >= 0;
  }

  private static int beIndex(List<String> w, int i) {
    int j = i - 1;
    while (j >= 0 && ADVERBS.contains(w.get(j))) {
      j--;
    }
    return j >= 0 && BE.contains(w.get(j)) ? j : -1;
  }

  /**
   * Where the worrier's name starts: the sentence's start, after a ";" or ":", or after an
   * opening clause ("Although Dad has stopped drinking, Jo is worried…"). Commas inside the
   * name ("Jo, the social worker, and the school") do not end it.
   */
  private static int clauseStart(List<String> w, int end) {
    int start = 0;
    for (int k = 0; k < end; k++) {
      if (w.get(k).equals(";") || w.get(k).equals(":")) {
        start = k + 1;
      }
    }
    if (start < end && OPENERS.contains(w.get(start))) {
      for (int k = start; k < end; k++) {
        if (w.get(k).equals(",")) {
          return k + 1;
        }
      }
    }
    return start;
  }

  private static int skipThat(List<String> w, int i) {
    return i < w.size() && (w.get(i).equals("that") || w.get(i).equals("about") || w.get(i).equals("for")) ? i + 1 : i;
  }

  private static boolean future(List<String> w, List<String> tags, CueHits hits, int from) {
    if (hits.has(Cue.FUTURE_PHRASE, from) || hits.has(Cue.CONDITIONAL, from)) {
      return true;
    }
    for (int i = from; i < w.size(); i++) {
      boolean modal = hits.covers(Cue.MODAL, i)
          && (tags.get(i).equals("AUX") || w.get(i).equals("'ll") || w.get(i).equals("wo") || w.get(i).equals("ca"));
      boolean perfect = i + 1 < w.size() && w.get(i + 1).equals("have");
      boolean pastWould = w.get(i).equals("would") && past(w, tags, hits, from, i);
      if (modal && !perfect && !pastWould) {
        return true;
      }
    }
    return false;
  }

  private static boolean past(List<String> w, List<String> tags, CueHits hits, int from) {
    return hits.has(Cue.PAST_TIME, from) || past(w, tags, hits, from, w.size());
  }

  /** A past event between {@code from} and {@code end}; "would" after one is past too ("he said he would"). */
  private static boolean past(List<String> w, List<String> tags, CueHits hits, int from, int end) {
    for (int i = from; i < end; i++) {
      String tag = tags.get(i);
      boolean verbal = tag.equals("VERB") || tag.equals("AUX");
      if (verbal && hits.covers(Cue.PAST_AUX, i)
          || hits.covers(Cue.MODAL, i) && i + 1 < w.size() && w.get(i + 1).equals("have")
          || hits.covers(Cue.PERFECT_AUX, i) && participleFollows(w, tags, hits, i)) {
        return true;
      }
      if (tag.equals("VERB") && !afterAuxiliary(w, i)) {
        String word = w.get(i);
        if (word.endsWith("ed") && word.length() > 3 || hits.covers(Cue.IRREGULAR_PAST, i)
            || hits.covers(Cue.AMBIGUOUS_PAST, i) && singularSubjectBefore(w, tags, i)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean present(List<String> w, List<String> tags, CueHits hits, int from) {
    for (int i = from; i < w.size(); i++) {
      String word = w.get(i);
      String tag = tags.get(i);
      if (tag.equals("AUX") && hits.covers(Cue.PRESENT_AUX, i) && !word.equals("'s")) {
        boolean perfect = hits.covers(Cue.PERFECT_AUX, i) && participleFollows(w, tags, hits, i);
        boolean goingTo = i + 2 < w.size() && w.get(i + 1).equals("going") && w.get(i + 2).equals("to");
        if (!perfect && !goingTo) {
          return true;
        }
      }
      boolean taggedAsNoun = tag.equals("NOUN") && i > from && hits.covers(Cue.BEHAVIOUR, i)
          && (hits.covers(Cue.ADULT, i - 1) || tags.get(i - 1).equals("PROPN") || tags.get(i - 1).equals("PRON"));
      if (taggedAsNoun && word.endsWith("s") && !word.endsWith("ss")) {
        return true;
      }
      if (tag.equals("VERB") && !afterAuxiliary(w, i) && !word.endsWith("ed") && !word.endsWith("ing")
          && !hits.covers(Cue.IRREGULAR_PAST, i)) {
        boolean thirdPerson = word.endsWith("s") && !word.endsWith("ss");
        boolean afterSubject = i > from && (tags.get(i - 1).equals("NOUN") || tags.get(i - 1).equals("PROPN")
            || tags.get(i - 1).equals("PRON")) && !hits.covers(Cue.AMBIGUOUS_PAST, i);
        if (thirdPerson || afterSubject || tag.equals("VERB") && (word.equals("has") || word.equals("have"))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean participleFollows(List<String> w, List<String> tags, CueHits hits, int i) {
    int j = i + 1;
    while (j < w.size() && SKIPPABLE.contains(w.get(j))) {
      j++;
    }
    if (j >= w.size()) {
      return false;
    }
    String next = w.get(j);
    boolean verbal = tags.get(j).equals("VERB") || tags.get(j).equals("AUX");
    return next.equals("been") || verbal && (next.endsWith("ed") || hits.covers(Cue.IRREGULAR_PAST, j)
        || hits.covers(Cue.AMBIGUOUS_PAST, j));
  }

  private static boolean afterAuxiliary(List<String> w, int i) {
    int j = i - 1;
    while (j >= 0 && SKIPPABLE.contains(w.get(j))) {
      j--;
    }
    return j >= 0 && AUXILIARIES.contains(w.get(j));
  }

  private static boolean singularSubjectBefore(List<String> w, List<String> tags, int i) {
    int j = i - 1;
    while (j >= 0 && SKIPPABLE.contains(w.get(j))) {
      j--;
    }
    if (j < 0) {
      return false;
    }
    String word = w.get(j);
    String tag = tags.get(j);
    boolean coordinated = j > 0 && (w.get(j - 1).equals("and") || w.get(j - 1).equals("or"));
    return !coordinated && (SINGULAR_SUBJECTS.contains(word) || tag.equals("PROPN")
        || tag.equals("NOUN") && !word.endsWith("s"));
  }

  private static List<String> children(List<Token> tokens, List<String> tags, CueHits hits, People people,
      Worry worry) {
    Set<String> found = new LinkedHashSet<>();
    int subjectEnd = worry.kind() == Worry.Kind.NONE ? 0 : worry.frameEnd();
    for (PhraseIndex.Match<Cue> match : hits.of(Cue.CHILD)) {
      if (match.first() >= subjectEnd) {
        found.add(text(tokens, match.first(), match.last()).toLowerCase(Locale.ROOT));
      }
    }
    for (int i = subjectEnd; i < tokens.size(); i++) {
      String word = tokens.get(i).text();
      boolean titled = i > 0 && Set.of("mr", "mrs", "ms", "dr", "miss").contains(tokens.get(i - 1).text().toLowerCase(Locale.ROOT));
      boolean named = people.mayBeChild(word) && (i > 0 || tags.get(i).equals("PROPN"));
      if (named && !titled && !coveredByAnyCue(hits, i)) {
        found.add(word);
      }
    }
    return List.copyOf(found);
  }

  /**
   * An effect on a child: an effect word near a child (by word or name), or near "he"/"she" when
   * the statement or the report names a child. "Kerry's dad died" is not an effect on a child.
   */
  private static boolean childImpact(List<Token> tokens, List<String> w, CueHits hits, People people,
      List<String> children, int from) {
    boolean pronounsMeanChildren = !children.isEmpty() || !people.children().isEmpty();
    for (PhraseIndex.Match<Cue> impact : hits.of(Cue.IMPACT)) {
      if (impact.first() < from) {
        continue;
      }
      int start = Math.max(from, impact.first() - IMPACT_REACH);
      int end = Math.min(w.size() - 1, impact.last() + IMPACT_REACH);
      for (int i = start; i <= end; i++) {
        boolean child = hits.covers(Cue.CHILD, i) || children.contains(tokens.get(i).text())
            || pronounsMeanChildren && CHILD_PRONOUNS.contains(w.get(i));
        if (child) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean coveredByAnyCue(CueHits hits, int i) {
    for (Cue cue : Cue.values()) {
      if (hits.covers(cue, i)) {
        return true;
      }
    }
    return false;
  }

  private static boolean adult(List<Token> tokens, List<String> w, List<String> tags, CueHits hits, People people) {
    if (hits.has(Cue.ADULT) || hits.has(Cue.NETWORK)) {
      return true;
    }
    for (int i = 0; i < w.size(); i++) {
      String word = tokens.get(i).text();
      if (people.isAdult(word)) {
        return true;
      }
      boolean subject = ACTOR_PRONOUNS.contains(w.get(i)) || People.isName(word);
      if (subject && actsNext(w, tags, hits, i)) {
        return true;
      }
    }
    return false;
  }

  /** A subject followed by a verb of its own ("Jo will check", "we make sure"), not "will be". */
  private static boolean actsNext(List<String> w, List<String> tags, CueHits hits, int i) {
    int j = i + 1;
    while (j < w.size() && (w.get(j).equals("and") || People.isName(w.get(j)) || hits.covers(Cue.MODAL, j)
        || SKIPPABLE.contains(w.get(j)) || w.get(j).equals("no") || w.get(j).equals("longer")
        || tags.get(j).equals("PROPN"))) {
      j++;
    }
    return j < w.size() && j <= i + 5 && tags.get(j).equals("VERB") && !NOT_ACTIONS.contains(w.get(j));
  }

  private static boolean behaviour(List<Token> tokens, List<String> w, List<String> tags, CueHits hits,
      People people, int from) {
    int subjectEnd = from;
    if (hits.of(Cue.BEHAVIOUR).stream().anyMatch(m -> m.first() >= subjectEnd)) {
      return true;
    }
    for (int i = from; i < w.size(); i++) {
      boolean adult = hits.covers(Cue.ADULT, i) || people.isAdult(tokens.get(i).text());
      if (!adult) {
        continue;
      }
      for (int j = i + 1; j < w.size() && j <= i + 4; j++) {
        if (tags.get(j).equals("VERB") && !NOT_ACTIONS.contains(w.get(j)) && !hits.covers(Cue.WORRY, j)
            && !hits.covers(Cue.LABEL, j)) {
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
  private static boolean acts(List<Token> tokens, List<String> w, List<String> tags, CueHits hits, People people) {
    for (int i = 0; i < w.size(); i++) {
      boolean person = hits.covers(Cue.ADULT, i) || hits.covers(Cue.NETWORK, i) || ACTOR_PRONOUNS.contains(w.get(i))
          || People.isName(tokens.get(i).text()) || people.isAdult(tokens.get(i).text());
      if (!person) {
        continue;
      }
      for (int j = i + 1; j < w.size() && j <= i + 6; j++) {
        boolean action = tags.get(j).equals("VERB") && !NOT_ACTIONS.contains(w.get(j))
            && !hits.covers(Cue.STRENGTH, j) && !hits.covers(Cue.INTENTION, j) && !hits.covers(Cue.WORRY, j)
            && !hits.covers(Cue.SERVICE_VERB, j) && !hits.covers(Cue.LABEL, j) && !w.get(j).endsWith("ing");
        if (action) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Words of certainty about a person: "clearly", "it is evident that" in a statement about
   * someone, and "always"/"never" after an adult in the same clause ("Dad always shouts").
   * Scale anchors may say "always" ("the mum she always wanted to be"): not in scaling.
   */
  List<Span> certainty(Statement statement, People people) {
    CueHits hits = cues(statement);
    List<Token> tokens = statement.tokens();
    List<Span> found = new ArrayList<>();
    if (aboutAPerson(tokens, hits)) {
      hits.of(Cue.CERTAINTY).forEach(m -> found.add(span(tokens, m)));
    }
    if (statement.section() != SectionKind.SCALING) {
      for (PhraseIndex.Match<Cue> m : hits.of(Cue.ALWAYS_NEVER)) {
        if (aboutAnAdult(tokens, hits, people, m.first())) {
          found.add(span(tokens, m));
        }
      }
    }
    found.sort(java.util.Comparator.comparingInt(Span::start));
    return found;
  }

  private static Span span(List<Token> tokens, PhraseIndex.Match<Cue> m) {
    return new Span(tokens.get(m.first()).span().start(), tokens.get(m.last()).span().end());
  }

  /** The statement is about someone: a role, a child word, a name or a personal pronoun. */
  private static boolean aboutAPerson(List<Token> tokens, CueHits hits) {
    for (int i = 0; i < tokens.size(); i++) {
      String word = tokens.get(i).text();
      if (hits.covers(Cue.ADULT, i) || hits.covers(Cue.CHILD, i) || People.isName(word)
          || CERTAINTY_PERSONS.contains(word.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** An adult (by role, name or pronoun) is named in the clause before "always"/"never". */
  private static boolean aboutAnAdult(List<Token> tokens, CueHits hits, People people, int at) {
    int start = at;
    while (start > 0 && !Set.of(";", ".", ",").contains(tokens.get(start - 1).text()) && at - start < 12) {
      start--;
    }
    for (int i = start; i < at; i++) {
      String word = tokens.get(i).text();
      if (hits.covers(Cue.ADULT, i) || people.isAdult(word) || CERTAINTY_PERSONS.contains(word.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static boolean absenceOnly(List<String> w, List<String> tags, CueHits hits, int from) {
    boolean negative = hits.has(Cue.NEGATION, from) || hits.has(Cue.CESSATION, from);
    return negative && !positiveVerb(w, tags, hits, from, false);
  }

  /** Attending, engaging with or keeping to a service: "attend", "keep all his CGL appointments". */
  private static boolean isServiceVerb(List<String> w, CueHits hits, int i) {
    if (hits.covers(Cue.SERVICE_VERB, i)) {
      return true;
    }
    if (!Set.of("keep", "go", "get", "finish", "do", "take", "book", "make", "have").contains(w.get(i))) {
      return false;
    }
    for (int j = i + 1; j < w.size() && j <= i + 4; j++) {
      if (hits.covers(Cue.SERVICE_NOUN, j)) {
        return true;
      }
    }
    return false;
  }

  private static boolean serviceOnly(List<String> w, List<String> tags, CueHits hits, int from) {
    boolean anyService = false;
    for (int i = from; i < w.size(); i++) {
      anyService |= tags.get(i).equals("VERB") && isServiceVerb(w, hits, i);
    }
    return anyService && !positiveVerb(w, tags, hits, from, true);
  }

  /**
   * Whether some verb says what someone will do: not negated, not "stop"-like, not a worry
   * word, and (when {@code besidesServices}) not attending or engaging with a service.
   */
  private static boolean positiveVerb(List<String> w, List<String> tags, CueHits hits, int from, boolean besidesServices) {
    for (int i = from; i < w.size(); i++) {
      boolean afterStop = i > 0 && hits.covers(Cue.CESSATION, i - 1);
      boolean notMain = i > 0 && Set.of("been", "has", "had", "was", "were", "being").contains(w.get(i - 1));
      if (!tags.get(i).equals("VERB") || hits.covers(Cue.CESSATION, i) || hits.covers(Cue.WORRY, i) || afterStop
          || notMain || besidesServices && isServiceVerb(w, hits, i)) {
        continue;
      }
      boolean negated = false;
      for (int j = Math.max(from, i - 3); j < i; j++) {
        negated |= hits.covers(Cue.NEGATION, j);
      }
      if (!negated) {
        return true;
      }
    }
    return false;
  }

  private static String text(List<Token> tokens, int first, int last) {
    StringBuilder text = new StringBuilder();
    for (int i = first; i <= last; i++) {
      text.append(i > first ? " " : "").append(tokens.get(i).text());
    }
    return text.toString();
  }
}
