package org.sofslint.check;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.sofslint.document.SectionKind;
import org.sofslint.document.Sentence;
import org.sofslint.document.Span;
import org.sofslint.nlp.PatternScreen;
import org.sofslint.nlp.PhraseIndex;
import org.sofslint.nlp.PhraseKeys;
import org.sofslint.rules.LoadError;
import org.sofslint.rules.LoadException;
import org.sofslint.rules.Rule;
import org.sofslint.rules.RulePack;
import org.sofslint.rules.Severity;
import org.sofslint.rules.YamlFile;
import org.sofslint.sofs.StructureCheck;
import org.sofslint.sofs.StructureChecks;

/**
 * The enabled rules of a run, compiled: every term rule's phrases in one {@link PhraseIndex},
 * the pattern rules behind a {@link PatternScreen} ({@link PatternCandidates}), each rule with the severity it runs at. Immutable once built and shared between threads.
 */
public final class RuleSet {
  /** A rule that runs, at the severity options gave it. */
  public record ActiveRule(Rule rule, Severity severity) {}

  /** A place one rule ({@code rules().get(index)}) matched in one sentence. */
  record Match(int index, ActiveRule rule, Span span) {
    String pack() {
      return rule.rule().info().pack();
    }
  }

  /** Which rule a phrase belongs to, and whether it is one of the rule's unless-phrases. */
  private record Entry(int rule, boolean unless) {}

  private final List<ActiveRule> rules;
  private final PhraseIndex<Entry> matcher;
  private final PatternCandidates patterns;
  private final Map<String, List<ActiveRule>> structureByCheck;

  private RuleSet(List<ActiveRule> rules, PhraseIndex<Entry> matcher, PatternCandidates patterns) {
    this.rules = List.copyOf(rules);
    this.matcher = matcher;
    this.patterns = patterns;
    java.util.SortedMap<String, List<ActiveRule>> byCheck = new TreeMap<>();
    for (ActiveRule active : rules) {
      if (active.rule() instanceof Rule.StructureRule structure) {
        byCheck.computeIfAbsent(structure.check(), k -> new ArrayList<>()).add(active);
      }
    }
    this.structureByCheck = java.util.Collections.unmodifiableSortedMap(byCheck);
  }

  /** The enabled metric rules, in pack order. */
  List<ActiveRule> metricRules() {
    return rules.stream().filter(active -> active.rule() instanceof Rule.MetricRule).toList();
  }

  /** The enabled structure rules, by the check that serves them, in check-name order. */
  Map<String, List<ActiveRule>> structureRules() {
    return structureByCheck;
  }

  /**
   * Compiles the rules of {@code packs} that {@code options} leave enabled, with what
   * {@code tables} already knows of them. Every id the options name must be a rule or a pack,
   * so a typo cannot silently do nothing.
   */
  public static RuleSet compile(List<RulePack> packs, CheckOptions options, PhraseKeys phraseKeys, StartupTables tables)
      throws UnknownRuleException, LoadException {
    requireKnown(packs, options);
    requireKnownChecks(packs);
    List<ActiveRule> active = new ArrayList<>();
    PhraseIndex.Builder<Entry> matcher = PhraseIndex.builder(phraseKeys);
    PatternCandidates.Builder patterns = PatternCandidates.builder(tables);
    for (RulePack pack : packs) {
      for (Rule rule : pack.rules()) {
        if (!isEnabled(rule, options)) {
          continue;
        }
        int index = active.size();
        active.add(new ActiveRule(rule, severity(rule, options)));
        if (rule instanceof Rule.TermRule term) {
          Entry entry = new Entry(index, false);
          term.terms().forEach(t -> matcher.add(t, term.matchCase(), entry));
        } else if (rule instanceof Rule.PatternRule pattern) {
          patterns.add(index, pattern.pattern());
        }
        Entry unless = new Entry(index, true);
        rule.unless().forEach(u -> matcher.add(u, false, unless));
      }
    }
    return new RuleSet(active, matcher.build(), patterns.build());
  }

  /** Whether a rule runs under these options: see {@link CheckOptions}. */
  public static boolean isEnabled(Rule rule, CheckOptions options) {
    if (options.enabled().contains(rule.id())) {
      return true;
    }
    return !options.disabled().contains(rule.id()) && !options.disabled().contains(rule.info().pack());
  }

  public static Severity severity(Rule rule, CheckOptions options) {
    Severity byRule = options.severities().get(rule.id());
    if (byRule != null) {
      return byRule;
    }
    return options.severities().getOrDefault(rule.info().pack(), rule.info().severity());
  }

  public List<ActiveRule> rules() {
    return rules;
  }

  /**
   * Where the rules that apply in {@code section} match {@code sentence}: a match inside one of
   * its rule's unless-phrases is dropped, and so is a match lying inside a longer match of the
   * same pack, so "chaotic lifestyle" is reported once, not also as "chaotic".
   */
  List<Match> matches(String text, Sentence sentence, SectionKind section) {
    List<Span> unless = new ArrayList<>();
    List<Integer> unlessRules = new ArrayList<>();
    List<Match> found = new ArrayList<>();
    for (PhraseIndex.Match<Entry> hit : matcher.find(sentence.tokens())) {
      Span span = new Span(
          sentence.tokens().get(hit.first()).span().start(), sentence.tokens().get(hit.last()).span().end());
      int index = hit.value().rule();
      if (hit.value().unless()) {
        unless.add(span);
        unlessRules.add(index);
      } else if (rules.get(index).rule().info().appliesIn(section)) {
        found.add(new Match(index, rules.get(index), span));
      }
    }
    int start = sentence.span().start();
    String sentenceText = text.substring(start, sentence.span().end());
    BitSet candidates = patterns.of(sentenceText);
    for (int index = candidates.nextSetBit(0); index >= 0; index = candidates.nextSetBit(index + 1)) {
      ActiveRule active = rules.get(index);
      if (active.rule() instanceof Rule.PatternRule pattern && pattern.info().appliesIn(section)) {
        com.google.re2j.Matcher m = pattern.pattern().compiled().matcher(sentenceText);
        while (m.find()) {
          if (m.end() == m.start()) {
            continue;
          }
          found.add(new Match(index, active, new Span(start + m.start(), start + m.end())));
        }
      }
    }
    if (found.isEmpty()) {
      return found;
    }
    List<Match> kept = new ArrayList<>();
    Set<List<Integer>> seen = new HashSet<>();
    for (Match match : found) {
      boolean excused = false;
      for (int u = 0; u < unless.size() && !excused; u++) {
        excused = unlessRules.get(u) == match.index() && unless.get(u).overlaps(match.span());
      }
      boolean insideLonger = found.size() > 1 && found.stream().anyMatch(other -> other.pack().equals(match.pack())
          && other.span().contains(match.span()) && other.span().length() > match.span().length());
      if (!excused && !insideLonger
          && seen.add(List.of(match.index(), match.span().start(), match.span().end()))) {
        kept.add(match);
      }
    }
    return kept;
  }

  /** Every structure rule names a check, an outcome and parameters that exist. */
  private static void requireKnownChecks(List<RulePack> packs) throws LoadException {
    List<LoadError> errors = new ArrayList<>();
    for (RulePack pack : packs) {
      for (Rule rule : pack.rules()) {
        if (!(rule instanceof Rule.StructureRule structure)) {
          continue;
        }
        Optional<StructureCheck> check = StructureChecks.named(structure.check());
        if (check.isEmpty()) {
          errors.add(new LoadError(rule.info().origin(), "unknown structure check '" + structure.check() + "'"
              + YamlFile.didYouMean(structure.check(), StructureChecks.names())));
          continue;
        }
        if (!check.get().outcomes().contains(structure.outcome())) {
          errors.add(new LoadError(rule.info().origin(), "check '" + structure.check() + "' has no outcome '"
              + structure.outcome() + "' (it has " + String.join(", ", check.get().outcomes()) + ")"));
        }
        for (Map.Entry<String, String> parameter : structure.parameters().entrySet()) {
          String defaultValue = check.get().parameters().get(parameter.getKey());
          if (defaultValue == null) {
            errors.add(new LoadError(rule.info().origin(), "check '" + structure.check()
                + "' has no parameter '" + parameter.getKey() + "'"
                + YamlFile.didYouMean(parameter.getKey(), check.get().parameters().keySet())));
          } else if (defaultValue.matches("\\d+") && !parameter.getValue().matches("\\d+")) {
            errors.add(new LoadError(rule.info().origin(), "parameter '" + parameter.getKey()
                + "' must be a whole number, not '" + parameter.getValue() + "'"));
          }
        }
      }
    }
    if (!errors.isEmpty()) {
      throw new LoadException(errors);
    }
  }

  private static void requireKnown(List<RulePack> packs, CheckOptions options) throws UnknownRuleException {
    Set<String> known = new TreeSet<>();
    for (RulePack pack : packs) {
      known.add(pack.id());
      pack.rules().forEach(rule -> known.add(rule.id()));
    }
    Set<String> named = new TreeSet<>();
    named.addAll(options.enabled());
    named.addAll(options.disabled());
    named.addAll(options.severities().keySet());
    for (String name : named) {
      if (!known.contains(name)) {
        throw new UnknownRuleException("unknown rule or pack '" + name + "'" + YamlFile.didYouMean(name, known));
      }
    }
  }

}
