package org.sofslint.sofs;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executor;
import org.sofslint.document.Sentence;
import org.sofslint.document.Token;
import org.sofslint.nlp.Lazy;
import org.sofslint.nlp.PhraseIndex;
import org.sofslint.nlp.PhraseKeys;
import org.sofslint.nlp.ScreenedPattern;
import org.sofslint.nlp.SentenceTags;
import org.sofslint.nlp.TermNormaliser;

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
  private static final ScreenedPattern WHEN = ScreenedPattern.compile("(?i)"
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
  private static final ScreenedPattern OVER_TIME = ScreenedPattern.compile("(?i)"
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
  private static final ScreenedPattern DURATION = ScreenedPattern.compile("(?i)"
      + "\\bfor\\s+(?:at\\s+least\\s+|a\\s+(?:minimum|period)\\s+of\\s+|the\\s+next\\s+|the\\s+coming\\s+|another\\s+"
      + "|a\\s+further\\s+|over\\s+|the\\s+first\\s+)?" + NUMBER + "\\s+(?:days?|weeks?|months?|years?)\\b"
      + "|\\b(?:for|over)\\s+(?:the\\s+)?(?:next|coming)\\s+\\w+|\\b(?:until|till|throughout)\\b"
      + "|\\bfor\\s+as\\s+long\\s+as\\b|\\bfor\\s+the\\s+rest\\s+of\\b|\\bthrough\\s+to\\b"
      + "|\\bat\\s+least\\s+" + NUMBER + "\\s+(?:weeks|months|years)\\b"
      + "|\\bfor\\s+a\\s+(?:whole\\s+|full\\s+)?(?:year|month|term|while)\\b");
  private static final ScreenedPattern LEFT_ALONE = ScreenedPattern.compile("(?i)\\b(?:left|leaves|leave|leaving)\\s+(?:\\S+\\s+){0,4}?"
      + "(?:alone|on\\s+(?:her|his|their)\\s+own|unsupervised|with\\s+no\\s+(?:adult|one))\\b");
  private static final ScreenedPattern MISSED_SCHOOL = ScreenedPattern.compile("(?i)\\bmiss(?:ed|es|ing)?\\s+(?:\\S+\\s+){0,3}?"
      + "(?:school|lessons|nursery|education|college)\\b|\\b(?:taken|kept)\\s+(?:out\\s+of|off)\\s+school\\b");
  private static final Set<String> CHILD_PRONOUNS = Set.of("he", "she", "they", "him", "her", "them", "his");
  private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "miss");
  private static final int IMPACT_REACH = 14;
  private static final ScreenedPattern PROTECTIVE_MOVE = ScreenedPattern.compile("(?i)"
      + "\\b(?:took|takes|take|taken|taking|drove|drives|sent|sends|brought|brings|moved|moves"
      + "|got|gets|kept|keeps)\\s+(?:\\S+\\s+){0,3}?(?:to|round\\s+to|over\\s+to|out\\s+of|away\\s+from|safe)"
      + "(?:\\s+(?:gran|nan|nana|grandma|her|his|their|the|a|an|safety|aunt|auntie|uncle|bed|a\\s+friend))?\\b");
  /** Every expression a statement's features may ask about, screened in one pass per statement. */
  private static final ScreenedPattern.Group STATEMENT_PATTERNS = ScreenedPattern.group(WHEN, OVER_TIME, DURATION,
      LEFT_ALONE, MISSED_SCHOOL, PROTECTIVE_MOVE, Actions.CARE_NOT_GIVEN);

  /** Words too common in danger statements and goals to show that one answers the other. */
  private static final Set<String> NOT_CONTENT = Set.of(
      "worried", "worry", "concern", "concerned", "will", "would", "could", "might", "may", "can",
      "child", "children", "safe", "safety", "happen", "change", "nothing", "keep", "make", "sure",
      "time", "thing", "about", "that", "this", "with", "from", "have", "been", "when", "what",
      "their", "they", "them", "there", "into", "also", "more", "need", "get", "going", "like",
      "well", "goal", "the", "and", "for", "are", "was", "were", "not", "n't", "who", "his", "her",
      "she", "him", "all", "any", "our", "because", "if", "then", "than", "continue", "future",
      "see", "know", "able", "being", "services", "service", "social", "worker", "school", "be",
      "do", "go", "he", "it", "to", "of", "in", "on", "at", "or", "an", "as", "by", "up", "no",
      "so", "we", "us", "me", "my", "is", "one", "help", "each", "next", "month", "week", "year",
      "day", "six", "three", "two", "four", "every", "whenever", "adult", "keeps", "kept",
      "made", "home", "house", "flat", "still", "again", "other", "just", "very", "much", "many",
      "way", "ways", "things", "where", "while", "until", "check", "family", "hurt", "harm",
      "harmed", "mum", "dad", "mother", "father", "parent", "parents", "mummy", "daddy", "gran",
      "nan", "baby", "girl", "boy", "son", "daughter", "sister", "brother", "partner", "impact",
      "affect", "concerns", "issue", "issues");

  private final Lazy<PhraseIndex<Cue>> cues;
  private final TermNormaliser normaliser;

  /** Cheap to make: the cue index is built the first time a statement is read. */
  public FeatureExtractor(PhraseKeys phraseKeys) {
    this.cues = new Lazy<>(() -> {
      PhraseIndex.Builder<Cue> builder = PhraseIndex.builder(phraseKeys);
      for (Cue cue : Cue.values()) {
        cue.phrases().forEach(phrase -> builder.add(phrase, false, cue));
      }
      return builder.build();
    });
    this.normaliser = phraseKeys.normaliser();
  }

  /**
   * Builds the cue index now, on {@code background}, rather than when the first statement is
   * read: a cold run's Signs of Safety checks would otherwise start by waiting for it.
   */
  public void prepare(Executor background) {
    background.execute(cues::get);
  }

  /** Every cue phrase, for the table of phrase keys made at build time. */
  public static List<String> cuePhrases() {
    return java.util.Arrays.stream(Cue.values()).flatMap(cue -> cue.phrases().stream()).toList();
  }

  /**
   * The statement's words that carry content, normalised ("drinking" and "drinks" are one).
   * Names are left out: the same family's names are in every statement.
   */
  Set<String> contentWords(Statement statement) {
    Set<String> words = new java.util.HashSet<>();
    for (Token token : statement.tokens()) {
      if (People.isName(token.text())) {
        continue;
      }
      for (List<String> part : normaliser.textKeys(token.text())) {
        if (!anyIn(part, NOT_CONTENT)) {
          for (String key : part) {
            if (key.length() > 1 && Character.isLetter(key.charAt(0))) {
              words.add(key);
            }
          }
        }
      }
    }
    return words;
  }

  /** Whether one of {@code keys} is in {@code set}: a loop, which C1 compiles to less than a stream. */
  private static boolean anyIn(List<String> keys, Set<String> set) {
    for (String key : keys) {
      if (set.contains(key)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The cues in a statement: cheap, no tagging. A capitalised word inside a sentence is a name,
   * not a cue: "Mark" is not a mark on a child, "Will" is not a modal.
   */
  CueHits cues(Statement statement) {
    List<Token> tokens = statement.tokens();
    List<PhraseIndex.Match<Cue>> kept = new ArrayList<>();
    for (PhraseIndex.Match<Cue> match : cues.get().find(tokens)) {
      boolean name = match.first() == match.last() && match.first() > 0
          && People.isName(tokens.get(match.first()).text()) && !startsSentence(statement, match.first());
      if (!name) {
        kept.add(match);
      }
    }
    return CueHits.of(kept);
  }

  private static boolean startsSentence(Statement statement, int index) {
    int offset = 0;
    for (Sentence sentence : statement.sentences()) {
      if (index == offset) {
        return true;
      }
      offset += sentence.tokens().size();
    }
    return false;
  }

  /**
   * Every feature of a statement whose text is {@code text} and whose cues are {@code hits}
   * ({@link #cues}), given the people in its report and the tags of its report's sentences.
   */
  Features features(Statement statement, String text, People people, SentenceTags sentenceTags, CueHits hits) {
    List<Token> tokens = statement.tokens();
    List<String> tags = new ArrayList<>(tokens.size());
    for (Sentence sentence : statement.sentences()) {
      tags.addAll(sentenceTags.of(sentence));
    }
    Words untold = new Words(tokens, tags, hits);
    Worry worry = WorryFrames.find(untold);
    Words w = untold.withFrame(worry.frameStart(), worry.frameEnd());
    List<String> children = children(w, people);
    ScreenedPattern.Screened screened = STATEMENT_PATTERNS.screen(text);
    boolean behaviour = Actions.behaviour(w, people, screened);
    boolean past = Tense.past(w);
    boolean future = Tense.future(w);
    return new Features(
        past,
        Tense.present(w),
        future,
        worry,
        children,
        Actions.adult(w, people),
        behaviour,
        childImpact(w, people, children, screened),
        hits.has(Cue.PAST_TIME) || screened.find(WHEN),
        hits.has(Cue.VERIFIER) || screened.find(OVER_TIME),
        screened.find(DURATION),
        Actions.absenceOnly(w),
        Actions.serviceOnly(w),
        hits.has(Cue.PROTECTIVE) || screened.find(PROTECTIVE_MOVE),
        Actions.acts(w, people),
        hits.has(Cue.INTENTION),
        hits.has(Cue.STRENGTH) || Actions.usesServices(w),
        hits.has(Cue.CATEGORY) && !behaviour,
        hits.has(Cue.CONDITION) || behaviour && !past && !future,
        hits.has(Cue.NETWORK));
  }

  /** Children referred to outside the worry wording, by word ("the baby") or by a name not known as an adult's. */
  private static List<String> children(Words w, People people) {
    Set<String> found = new LinkedHashSet<>();
    for (PhraseIndex.Match<Cue> match : w.hits().of(Cue.CHILD)) {
      if (!w.inFrame(match.first())) {
        found.add(text(w, match.first(), match.last()).toLowerCase(Locale.ROOT));
      }
    }
    for (int i = 0; i < w.size(); i++) {
      boolean titled = i > 0 && TITLES.contains(w.word(i - 1));
      boolean named = people.mayBeChild(w.text(i)) && (i > 0 || w.tag(i).equals("PROPN"));
      if (named && !titled && !w.inFrame(i) && !w.hits().coversAny(i)) {
        found.add(w.text(i));
      }
    }
    return List.copyOf(found);
  }

  /**
   * An effect on a child: an effect word near a child (by word or name), or near "he"/"she" when
   * the statement or the report names a child; a child left alone or missing school. "Kerry's
   * dad died" is not an effect on a child.
   */
  private static boolean childImpact(Words w, People people, List<String> children, ScreenedPattern.Screened screened) {
    if (!children.isEmpty() && (screened.find(LEFT_ALONE) || screened.find(MISSED_SCHOOL))) {
      return true;
    }
    boolean pronounsMeanChildren = !children.isEmpty() || !people.children().isEmpty();
    for (PhraseIndex.Match<Cue> impact : w.hits().of(Cue.IMPACT)) {
      if (w.inFrame(impact.first())) {
        continue;
      }
      int start = Math.max(0, impact.first() - IMPACT_REACH);
      int end = Math.min(w.size() - 1, impact.last() + IMPACT_REACH);
      for (int i = start; i <= end; i++) {
        boolean child = w.covers(Cue.CHILD, i) || children.contains(w.text(i))
            || pronounsMeanChildren && CHILD_PRONOUNS.contains(w.word(i));
        if (child && !w.inFrame(i)) {
          return true;
        }
      }
    }
    return false;
  }

  private static String text(Words w, int first, int last) {
    StringBuilder text = new StringBuilder();
    for (int i = first; i <= last; i++) {
      text.append(i > first ? " " : "").append(w.text(i));
    }
    return text.toString();
  }
}
