package org.sofslint.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.sofslint.rules.Builtins;
import org.sofslint.rules.Rule;

/**
 * Writes a config that leaves only the first N term rules of the built-in packs enabled (every
 * pattern, structure and metric rule off), for the benchmark that shows the cost of checking
 * does not grow with the number of term rules. N of {@code all} keeps every term rule.
 *
 * <p>Usage: {@code TermRuleConfig OUT_FILE N|all}; prints how many term rules stay on.
 */
public final class TermRuleConfig {
  private TermRuleConfig() {}

  public static void main(String[] args) throws IOException {
    List<Rule> rules = Builtins.packs().stream().flatMap(pack -> pack.rules().stream()).toList();
    List<Rule> terms = rules.stream().filter(rule -> rule instanceof Rule.TermRule).toList();
    int keep = args[1].equals("all") ? terms.size() : Math.min(Integer.parseInt(args[1]), terms.size());
    List<Rule> kept = terms.subList(0, keep);
    StringBuilder config = new StringBuilder("# Written by org.sofslint.bench.TermRuleConfig: " + keep + " term rules on.\ndisable:\n");
    rules.stream().filter(rule -> !kept.contains(rule))
        .forEach(rule -> config.append("  - ").append(rule.id()).append('\n'));
    Files.writeString(Path.of(args[0]), config.toString(), StandardCharsets.UTF_8);
    System.out.println(keep);
  }
}
