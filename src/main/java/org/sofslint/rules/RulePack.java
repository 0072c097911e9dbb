package org.sofslint.rules;

import java.util.List;

/** One YAML pack of rules; {@code source} is the path errors and listings name. */
public record RulePack(String id, String description, String source, List<Rule> rules) {
  public RulePack {
    rules = List.copyOf(rules);
  }
}
