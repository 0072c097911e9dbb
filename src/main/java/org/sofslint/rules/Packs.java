package org.sofslint.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Checks that packs loaded together do not claim the same pack or rule id. */
public final class Packs {
  private Packs() {}

  public static void requireDistinct(List<RulePack> packs) throws LoadException {
    List<LoadError> errors = new ArrayList<>();
    Map<String, RulePack> packIds = new HashMap<>();
    Map<String, RuleInfo> ruleIds = new HashMap<>();
    for (RulePack pack : packs) {
      RulePack earlier = packIds.putIfAbsent(pack.id(), pack);
      if (earlier != null) {
        errors.add(new LoadError(new Origin(pack.source(), 1, 1),
            "pack id '" + pack.id() + "' is already used by " + earlier.source()));
        continue;
      }
      for (Rule rule : pack.rules()) {
        RuleInfo first = ruleIds.putIfAbsent(rule.id(), rule.info());
        if (first != null) {
          errors.add(new LoadError(rule.info().origin(),
              "duplicate rule id '" + rule.id() + "' (also at " + first.origin() + ")"));
        }
      }
    }
    if (!errors.isEmpty()) {
      throw new LoadException(errors);
    }
  }
}
