package org.sofslint.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sofslint.document.Block;
import org.sofslint.document.Document;
import org.sofslint.document.Location;
import org.sofslint.document.SectionKind;
import org.sofslint.document.Sentence;
import org.sofslint.document.Span;
import org.sofslint.nlp.TextAnalyzer;
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
  private static final Location TOP = new Location(1, 1, 1, 1);

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
    List<Sentence> sentences = nlp.sentences(document);
    List<Finding> raw = new ArrayList<>();
    for (Sentence sentence : sentences) {
      SectionKind section = document.blocks().get(sentence.block()).section().kind();
      for (RuleSet.Match match : rules.matches(document.text(), sentence, section)) {
        String words = document.text(match.span()).replaceAll("\\s+", " ");
        raw.add(finding(match.rule(), section, match.span(), document.locate(match.span()),
            Map.of("match", words), words));
      }
    }
    if (!rules.structureRules().isEmpty()) {
      raw.addAll(structural(document, sentences));
    }
    QuotedSpeech quotes = options.quotedSpeech() == QuotedSpeechMode.UNCHANGED
        ? QuotedSpeech.none()
        : QuotedSpeech.find(document, sentences, nlp);
    Suppressions suppressions = Suppressions.of(document.comments());
    List<Finding> findings = new ArrayList<>();
    for (Finding finding : raw) {
      if (quotes.covers(finding.span())) {
        if (options.quotedSpeech() == QuotedSpeechMode.IGNORE) {
          continue;
        }
        finding = finding.withSeverity(Severity.INFO);
      }
      boolean wholeReport = finding.span().length() == 0 && finding.location().equals(TOP);
      if (finding.severity().atLeast(options.minSeverity()) && !suppressions.suppresses(finding, wholeReport)) {
        findings.add(finding);
      }
    }
    findings.sort(Finding.ORDER);
    return findings;
  }

  /** Runs each structural check once, for the outcomes its enabled rules ask for. */
  private List<Finding> structural(Document document, List<Sentence> sentences) {
    Review review = new Review(document, sentences, features, requiredParts);
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
      String words = document.text(at.span()).replaceAll("\\s+", " ");
      Map<String, String> fills = new HashMap<>(at.fills());
      fills.put("match", words);
      return java.util.Optional.of(finding(active, section, at.span(), document.locate(at.span()), fills, words));
    }
    return java.util.Optional.of(finding(active, SectionKind.OTHER, new Span(0, 0), TOP, flag.fills(), ""));
  }

  private static SectionKind sectionAt(Document document, Span span) {
    for (Block block : document.blocks()) {
      if (block.span().start() <= span.start() && span.start() < Math.max(block.span().end(), block.span().start() + 1)) {
        return block.section().kind();
      }
    }
    return SectionKind.OTHER;
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
