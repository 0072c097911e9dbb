package org.sofslint.rules;

import java.util.List;

/** A rule from a pack. The kinds are closed: each is matched by its own part of the engine. */
public sealed interface Rule permits Rule.TermRule, Rule.PatternRule, Rule.StructureRule, Rule.MetricRule {
  RuleInfo info();

  /** Words and phrases an innocent use is recognised by; a match inside one is dropped. */
  List<String> unless();

  default String id() {
    return info().id();
  }

  /**
   * Words and phrases matched token by token after normalisation, so one entry catches its
   * inflections; with {@code matchCase}, tokens must match exactly (acronyms).
   */
  record TermRule(RuleInfo info, List<String> terms, List<String> unless, boolean matchCase)
      implements Rule {
    public TermRule {
      terms = List.copyOf(terms);
      unless = List.copyOf(unless);
    }
  }

  /** An RE2 expression matched within each sentence. */
  record PatternRule(RuleInfo info, Regex pattern, List<String> unless)
      implements Rule {
    public PatternRule {
      unless = List.copyOf(unless);
    }
  }

  /** A measure of the text and the most it may be ({@code max: 30} words a sentence). */
  record MetricRule(RuleInfo info, Metric metric, double max) implements Rule {
    @Override
    public List<String> unless() {
      return List.of();
    }
  }

  /**
   * One outcome of a Signs of Safety structural check, written {@code check.outcome} in YAML
   * ({@code danger-statement.no-future}), with the check's parameters.
   */
  record StructureRule(RuleInfo info, String check, String outcome, java.util.Map<String, String> parameters)
      implements Rule {
    public StructureRule {
      parameters = java.util.Map.copyOf(parameters);
    }

    @Override
    public List<String> unless() {
      return List.of();
    }
  }
}
