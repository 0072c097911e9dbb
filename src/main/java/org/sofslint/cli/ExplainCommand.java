package org.sofslint.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.sofslint.document.SectionKind;
import org.sofslint.rules.Rule;
import org.sofslint.rules.RuleInfo;
import org.sofslint.rules.RulePack;
import org.sofslint.rules.Suggestion;
import org.sofslint.rules.YamlFile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code sofslint explain RULE}: what a rule looks for, why, and what to write instead. Filled in by picocli. */
@Command(name = "explain", mixinStandardHelpOptions = true,
    description = "Explain a rule: its message, why it matters, suggestions and examples.")
final class ExplainCommand implements Callable<Integer> {
  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "RULE", description = "A rule id, as shown by 'sofslint rules'.")
  private String ruleId;

  @Mixin private PackOptions packs = new PackOptions();

  private final Environment environment;

  ExplainCommand(Environment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Optional<Setup> setup = Setups.forWorkingFolder(packs, environment, err);
    if (setup.isEmpty()) {
      return ExitCode.USAGE.code();
    }
    List<Rule> rules = setup.get().packs().stream().map(RulePack::rules).flatMap(List::stream).toList();
    Optional<Rule> rule = rules.stream().filter(r -> r.id().equals(ruleId)).findFirst();
    if (rule.isEmpty()) {
      err.println("sofslint: unknown rule '" + ruleId + "'"
          + YamlFile.didYouMean(ruleId, rules.stream().map(Rule::id).toList())
          + "; 'sofslint rules' lists them all");
      return ExitCode.USAGE.code();
    }
    print(rule.get(), spec.commandLine().getOut());
    return ExitCode.CLEAN.code();
  }

  private static void print(Rule rule, PrintWriter out) {
    RuleInfo info = rule.info();
    out.println(info.id());
    out.println("  pack " + info.pack() + " · discipline " + info.discipline().id() + " · severity "
        + info.severity().id() + " · defined at " + info.origin());
    out.println();
    out.println("Message:  " + info.message());
    out.println("Why:      " + info.reason());
    for (Suggestion suggestion : info.suggestions()) {
      out.println((suggestion instanceof Suggestion.Rewrite ? "Rewrite:  " : "Instead:  ") + suggestion.text());
    }
    out.println("Sections: " + (info.appliesEverywhere() ? "any"
        : info.sections().stream().map(SectionKind::id).collect(Collectors.joining(", "))));
    if (rule instanceof Rule.TermRule term) {
      out.println("Terms:    " + String.join("; ", term.terms()) + (term.matchCase() ? " (case must match)" : ""));
    } else if (rule instanceof Rule.PatternRule pattern) {
      out.println("Pattern:  " + pattern.pattern().source());
    } else if (rule instanceof Rule.MetricRule metric) {
      out.println("Measure:  " + metric.metric().id() + ", at most " + metric.max());
    } else if (rule instanceof Rule.StructureRule structure) {
      out.println("Check:    " + structure.check() + "." + structure.outcome()
          + (structure.parameters().isEmpty() ? "" : " " + structure.parameters()));
    }
    if (!rule.unless().isEmpty()) {
      out.println("Unless:   " + String.join("; ", rule.unless()));
    }
    out.println();
    out.println("Flagged:");
    info.examples().flag().forEach(example -> out.println("  - " + example));
    out.println("Not flagged:");
    info.examples().pass().forEach(example -> out.println("  - " + example));
    out.flush();
  }
}
