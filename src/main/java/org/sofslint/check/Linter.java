package org.sofslint.check;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.sofslint.document.Document;
import org.sofslint.document.Location;
import org.sofslint.document.SectionKind;
import org.sofslint.document.Sentence;
import org.sofslint.document.Span;
import org.sofslint.document.Whitespace;
import org.sofslint.nlp.Readability;
import org.sofslint.nlp.SentenceTags;
import org.sofslint.nlp.TextAnalyzer;
import org.sofslint.rules.Metric;
import org.sofslint.rules.Rule;
import org.sofslint.rules.RuleInfo;
import org.sofslint.rules.Severity;
import org.sofslint.rules.Suggestion;
import org.sofslint.sofs.FeatureExtractor;
import org.sofslint.sofs.Flag;
import org.sofslint.sofs.Review;
import org.sofslint.sofs.StructureChecks;

/** Checks documents against a compiled {@link RuleSet}. Thread-safe: it holds no per-document state. */
public final class Linter {
  /** Reading-age formulas are unreliable on very little text: fewer sentences or words than this are not scored. */
  private static final int MIN_SENTENCES_TO_SCORE = 2;
  private static final int MIN_WORDS_TO_SCORE = 30;

  private final RuleSet rules;
  private final TextAnalyzer nlp;
  private final FeatureExtractor features;
  private final CheckOptions options;
  private final List<List<SectionKind>> requiredParts;

  /**
   * {@code requiredParts} are the parts a report must have, from its template; {@code features}
   * serves the structural rules and is only used when some are enabled.
   */
  public Linter(RuleSet rules, TextAnalyzer nlp, FeatureExtractor features, CheckOptions options,
      List<List<SectionKind>> requiredParts) {
    this.rules = rules;
    this.nlp = nlp;
    this.features = features;
    this.options = options;
    this.requiredParts = List.copyOf(requiredParts);
  }

  /** Every finding in {@code document}, in {@link Finding#ORDER}. */
  public List<Finding> check(Document document) {
    return check(document, Runnable::run);
  }

  /**
   * Every finding in {@code document}, in {@link Finding#ORDER}, with the Signs of Safety checks
   * (which tag parts of speech, the larger half of the work) handed to {@code helper} while this
   * thread matches the rules: a single report then uses both cores. The findings are the same
   * whoever runs what.
   */
  public List<Finding> check(Document document, Executor helper) {
    List<Sentence> sentences = nlp.sentences(document);
    SentenceTags tags = new SentenceTags(nlp);
    CompletableFuture<List<Finding>> structural = rules.structureRules().isEmpty()
        ? CompletableFuture.completedFuture(List.of())
        : CompletableFuture.supplyAsync(() -> structural(document, sentences, tags), helper);
    List<Finding> raw = new ArrayList<>();
    AcronymDefinitions acronyms = AcronymDefinitions.in(document.text());
    for (Sentence sentence : sentences) {
      SectionKind section = document.blocks().get(sentence.block()).section().kind();
      for (RuleSet.Match match : rules.matches(document.text(), sentence, section)) {
        String words = Whitespace.oneLine(document.text(match.span()));
        if (acronyms.explains(words, match.span().start())) {
          continue;
        }
        raw.add(finding(match.rule(), section, match.span(), document.locate(match.span()),
            Map.of("match", words), words));
      }
    }
    raw.addAll(joined(structural));
    Counts counts = new Counts(document, sentences);
    for (RuleSet.ActiveRule active : rules.metricRules()) {
      raw.addAll(measure(document, sentences, active, counts));
    }
    QuotedSpeech quotes = options.quotedSpeech() == QuotedSpeechMode.UNCHANGED
        ? QuotedSpeech.none()
        : QuotedSpeech.find(document, sentences, tags);
    Suppressions suppressions = Suppressions.of(document.comments());
    List<Finding> findings = new ArrayList<>();
    for (Finding finding : raw) {
      if (quotes.covers(finding.span())) {
        if (options.quotedSpeech() == QuotedSpeechMode.IGNORE) {
          continue;
        }
        finding = finding.withSeverity(Severity.INFO);
      }
      boolean wholeReport = finding.span().length() == 0 && finding.location().equals(document.sourceMap().top());
      if (finding.severity().atLeast(options.minSeverity()) && !suppressions.suppresses(finding, wholeReport)) {
        findings.add(finding);
      }
    }
    findings.sort(Finding.ORDER);
    return findings;
  }

  /** The helper's result, or what it threw, as if this thread had done the work. */
  private static List<Finding> joined(CompletableFuture<List<Finding>> work) {
    try {
      return work.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      if (e.getCause() instanceof Error cause) {
        throw cause;
      }
      throw e;
    }
  }

  /**
   * A report's counts that several metric rules read, each worked out once: each sentence's
   * words, the sentences of each kind of part, and each word's syllables. Mutable, for one
   * report's checking.
   */
  private static final class Counts {
    private final Document document;
    private final List<Sentence> sentences;
    private List<List<String>> wordsBySentence;
    private Map<SectionKind, List<Integer>> sentencesByPart;
    private final Map<String, Integer> syllables = new HashMap<>();

    Counts(Document document, List<Sentence> sentences) {
      this.document = document;
      this.sentences = sentences;
    }

    /** The words of sentence {@code s}, as a reader counts them ({@link Linter#isWord}). */
    List<String> words(int s) {
      if (wordsBySentence == null) {
        wordsBySentence = new ArrayList<>(sentences.size());
        for (Sentence sentence : sentences) {
          List<String> words = new ArrayList<>(sentence.tokens().size());
          for (org.sofslint.document.Token token : sentence.tokens()) {
            if (isWord(token)) {
              words.add(token.text());
            }
          }
          wordsBySentence.add(words);
        }
      }
      return wordsBySentence.get(s);
    }

    /** The indexes of the sentences in parts of {@code kind}, in order. */
    List<Integer> sentencesIn(SectionKind kind) {
      if (sentencesByPart == null) {
        sentencesByPart = new EnumMap<>(SectionKind.class);
        for (int s = 0; s < sentences.size(); s++) {
          sentencesByPart.computeIfAbsent(kindOf(s), k -> new ArrayList<>()).add(s);
        }
      }
      return sentencesByPart.getOrDefault(kind, List.of());
    }

    SectionKind kindOf(int s) {
      return document.blocks().get(sentences.get(s).block()).section().kind();
    }

    int syllables(String word) {
      return syllables.computeIfAbsent(word, Readability::syllables);
    }
  }

  /**
   * A metric rule's findings: each sentence longer than the limit, or each section kind whose
   * text together reads above the limit (at its first sentence; too little text is not scored).
   */
  private static List<Finding> measure(Document document, List<Sentence> sentences, RuleSet.ActiveRule active,
      Counts counts) {
    Rule.MetricRule rule = (Rule.MetricRule) active.rule();
    List<Finding> findings = new ArrayList<>();
    String limit = number(rule.max());
    if (rule.metric() == Metric.SENTENCE_LENGTH) {
      for (int s = 0; s < sentences.size(); s++) {
        SectionKind section = counts.kindOf(s);
        int words = counts.words(s).size();
        if (rule.info().appliesIn(section) && words > rule.max()) {
          findings.add(metricFinding(document, active, section, sentences.get(s).span(), String.valueOf(words), limit));
        }
      }
      return findings;
    }
    for (SectionKind section : rule.info().sections()) {
      List<Integer> part = counts.sentencesIn(section);
      List<String> words = new ArrayList<>();
      for (int s : part) {
        words.addAll(counts.words(s));
      }
      if (part.size() < MIN_SENTENCES_TO_SCORE || words.size() < MIN_WORDS_TO_SCORE) {
        continue;
      }
      // Reading ages are whole years; the finding says the rounded age, so that is what is compared.
      long age = Math.round(readingAge(rule.metric(), part.size(), words, counts));
      if (age > rule.max()) {
        findings.add(metricFinding(document, active, section, sentences.get(part.get(0)).span(), String.valueOf(age),
            limit));
      }
    }
    return findings;
  }

  private static double readingAge(Metric metric, int sentences, List<String> words, Counts counts) {
    int total = 0;
    int polysyllables = 0;
    for (String word : words) {
      int count = counts.syllables(word);
      total += count;
      polysyllables += count >= 3 ? 1 : 0;
    }
    return metric == Metric.CHILD_READING_AGE
        ? Readability.childReadingAge(sentences, words.size(), total)
        : Readability.readingAge(sentences, polysyllables);
  }

  /** A word as a reader counts it: "Mum's" is one word although it is two tokens. */
  private static boolean isWord(org.sofslint.document.Token token) {
    String text = token.text();
    boolean clitic = text.startsWith("'") || text.startsWith("’") || text.equalsIgnoreCase("n't");
    if (clitic) {
      return false;
    }
    for (int i = 0; i < text.length(); ) {
      // Most characters are ASCII, taken as they are rather than decoded as code points.
      int c = text.charAt(i) < 128 ? text.charAt(i) : text.codePointAt(i);
      if (c < 128 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' : Character.isLetterOrDigit(c)) {
        return true;
      }
      i += Character.charCount(c);
    }
    return false;
  }

  private static Finding metricFinding(Document document, RuleSet.ActiveRule active, SectionKind section, Span span,
      String value, String limit) {
    String words = Whitespace.oneLine(document.text(span));
    Map<String, String> fills = Map.of("value", value, "max", limit, "part", section.title(), "match", words);
    return finding(active, section, span, document.locate(span), fills, words);
  }

  private static String number(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
  }

  /** Runs each structural check once, for the outcomes its enabled rules ask for. */
  private List<Finding> structural(Document document, List<Sentence> sentences, SentenceTags tags) {
    Review review = new Review(document, sentences, tags, features, requiredParts);
    List<Finding> findings = new ArrayList<>();
    for (Map.Entry<String, List<RuleSet.ActiveRule>> entry : rules.structureRules().entrySet()) {
      Set<String> wanted = new LinkedHashSet<>();
      Map<String, String> parameters = new HashMap<>();
      for (RuleSet.ActiveRule active : entry.getValue()) {
        Rule.StructureRule rule = (Rule.StructureRule) active.rule();
        wanted.add(rule.outcome());
        parameters.putAll(rule.parameters());
      }
      List<Flag> flags = StructureChecks.named(entry.getKey()).orElseThrow().check(review, wanted, parameters);
      for (Flag flag : flags) {
        for (RuleSet.ActiveRule active : entry.getValue()) {
          if (((Rule.StructureRule) active.rule()).outcome().equals(flag.outcome())) {
            structuralFinding(document, active, flag).ifPresent(findings::add);
          }
        }
      }
    }
    return findings;
  }

  private static java.util.Optional<Finding> structuralFinding(Document document, RuleSet.ActiveRule active, Flag flag) {
    if (flag instanceof Flag.At at) {
      SectionKind section = sectionAt(document, at.span());
      if (!active.rule().info().appliesIn(section)) {
        return java.util.Optional.empty();
      }
      String words = Whitespace.oneLine(document.text(at.span()));
      Map<String, String> fills = new HashMap<>(at.fills());
      fills.put("match", words);
      return java.util.Optional.of(finding(active, section, at.span(), document.locate(at.span()), fills, words));
    }
    return java.util.Optional.of(finding(active, SectionKind.OTHER, new Span(0, 0), document.sourceMap().top(), flag.fills(), ""));
  }

  private static SectionKind sectionAt(Document document, Span span) {
    return document.blockAt(span.start()).map(block -> block.section().kind()).orElse(SectionKind.OTHER);
  }

  private static Finding finding(RuleSet.ActiveRule active, SectionKind section, Span span, Location location,
      Map<String, String> fills, String words) {
    RuleInfo info = active.rule().info();
    List<Suggestion> suggestions = info.suggestions().stream()
        .map(s -> s instanceof Suggestion.Advice ? new Suggestion.Advice(RuleInfo.fill(s.text(), fills)) : s)
        .toList();
    return new Finding(info.id(), info.pack(), info.discipline(), active.severity(), section, span, location,
        RuleInfo.fill(info.message(), fills), suggestions, words);
  }
}
