package org.sofslint.cli;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sofslint.check.RuleSet;
import org.sofslint.rules.Rule;
import org.sofslint.report.RuleReference;
import org.sofslint.rules.RulePack;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code sofslint rules}: every loaded rule, with its pack, discipline and severity. Filled in by picocli. */
@Command(name = "rules", mixinStandardHelpOptions = true,
    description = "List every loaded rule: id, pack, discipline and the severity it runs at ('off' when disabled).")
final class RulesCommand implements Callable<Integer> {
  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  @Mixin private PackOptions packs = new PackOptions();

  @picocli.CommandLine.Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (a table) or markdown (a full reference: messages, reasons, suggestions, examples).")
  private String format;

  private final Environment environment;

  RulesCommand(Environment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    Optional<Setup> setup = Setups.forWorkingFolder(packs, environment, spec.commandLine().getErr());
    if (setup.isEmpty()) {
      return ExitCode.USAGE.code();
    }
    if (format.equals("markdown")) {
      RuleReference.render(setup.get().packs(), spec.commandLine().getOut());
      return ExitCode.CLEAN.code();
    }
    if (!format.equals("text")) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--format must be text or markdown, not '" + format + "'");
    }
    List<Rule> rules = setup.get().packs().stream().map(RulePack::rules).flatMap(List::stream)
        .sorted(Comparator.comparing(Rule::id)).toList();
    int idWidth = Math.max(4, rules.stream().mapToInt(r -> r.id().length()).max().orElse(0));
    int packWidth = Math.max(4, rules.stream().mapToInt(r -> r.info().pack().length()).max().orElse(0));
    String row = "%-" + idWidth + "s  %-" + packWidth + "s  %-20s  %s%n";
    PrintWriter out = spec.commandLine().getOut();
    out.printf(row, "RULE", "PACK", "DISCIPLINE", "SEVERITY");
    for (Rule rule : rules) {
      boolean enabled = RuleSet.isEnabled(rule, setup.get().options());
      out.printf(row, rule.id(), rule.info().pack(), rule.info().discipline().id(),
          enabled ? RuleSet.severity(rule, setup.get().options()).id() : "off");
    }
    out.printf("%d rules in %d packs%n", rules.size(), setup.get().packs().size());
    out.flush();
    return ExitCode.CLEAN.code();
  }
}
