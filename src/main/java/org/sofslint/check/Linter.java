package org.sofslint.check;

import java.util.ArrayList;
import java.util.List;
import org.sofslint.document.Document;
import org.sofslint.document.SectionKind;
import org.sofslint.document.Sentence;
import org.sofslint.nlp.TextAnalyzer;
import org.sofslint.rules.Rule;
import org.sofslint.rules.Severity;

/** Checks documents against a compiled {@link RuleSet}. Thread-safe: it holds no per-document state. */
public final class Linter {
  private final RuleSet rules;
  private final TextAnalyzer nlp;
  private final CheckOptions options;

  public Linter(RuleSet rules, TextAnalyzer nlp, CheckOptions options) {
    this.rules = rules;
    this.nlp = nlp;
    this.options = options;
  }

  /** Every finding in {@code document}, in {@link Finding#ORDER}. */
  public List<Finding> check(Document document) {
    List<Sentence> sentences = nlp.sentences(document);
    QuotedSpeech quotes = options.quotedSpeech() == QuotedSpeechMode.UNCHANGED
        ? QuotedSpeech.none()
        : QuotedSpeech.find(document, sentences, nlp);
    Suppressions suppressions = Suppressions.of(document.comments());
    List<Finding> findings = new ArrayList<>();
    for (Sentence sentence : sentences) {
      SectionKind section = document.blocks().get(sentence.block()).section().kind();
      for (RuleSet.Match match : rules.matches(document.text(), sentence, section)) {
        Finding finding = finding(document, match, section);
        if (quotes.covers(match.span())) {
          if (options.quotedSpeech() == QuotedSpeechMode.IGNORE) {
            continue;
          }
          finding = finding.withSeverity(Severity.INFO);
        }
        if (finding.severity().atLeast(options.minSeverity()) && !suppressions.suppresses(finding)) {
          findings.add(finding);
        }
      }
    }
    findings.sort(Finding.ORDER);
    return findings;
  }

  private static Finding finding(Document document, RuleSet.Match match, SectionKind section) {
    Rule rule = match.rule().rule();
    String words = document.text(match.span()).replaceAll("\\s+", " ");
    return new Finding(
        rule.id(),
        rule.info().pack(),
        rule.info().discipline(),
        match.rule().severity(),
        section,
        match.span(),
        document.locate(match.span()),
        rule.info().message(words),
        rule.info().suggestions(),
        words);
  }
}
