package org.sofslint.check;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.OptionalInt;
import org.sofslint.nlp.PatternScreen;
import org.sofslint.rules.Regex;

/**
 * The pattern rules of a run worth trying on a sentence, by rule index: built-in patterns are
 * screened by the screen made at build time ({@link StartupTables}), any other (a user's pack)
 * by one built now. Immutable once built.
 */
final class PatternCandidates {
  private final PatternScreen builtScreen;
  /** The rule indexes using each slot of the built screen; none for patterns of rules that are off. */
  private final int[][] rulesBySlot;
  private final PatternScreen ownScreen;

  private PatternCandidates(PatternScreen builtScreen, int[][] rulesBySlot, PatternScreen ownScreen) {
    this.builtScreen = builtScreen;
    this.rulesBySlot = rulesBySlot;
    this.ownScreen = ownScreen;
  }

  /** Collects the run's pattern rules. Mutable until built. */
  static final class Builder {
    private final StartupTables tables;
    private final List<List<Integer>> rulesBySlot = new ArrayList<>();
    private final PatternScreen.Builder ownScreen = PatternScreen.builder();

    private Builder(StartupTables tables) {
      this.tables = tables;
      for (int slot = 0; slot < tables.patternCount(); slot++) {
        rulesBySlot.add(new ArrayList<>(1));
      }
    }

    Builder add(int rule, Regex pattern) {
      OptionalInt slot = tables.slot(pattern);
      if (slot.isPresent()) {
        rulesBySlot.get(slot.getAsInt()).add(rule);
      } else {
        ownScreen.add(rule, pattern.compiled());
      }
      return this;
    }

    PatternCandidates build() {
      int[][] bySlot = rulesBySlot.stream().map(rules -> rules.stream().mapToInt(Integer::intValue).toArray())
          .toArray(int[][]::new);
      return new PatternCandidates(tables.screen(), bySlot, ownScreen.build());
    }
  }

  static Builder builder(StartupTables tables) {
    return new Builder(tables);
  }

  /** The indexes of the rules whose pattern may match {@code sentence}. */
  BitSet of(String sentence) {
    BitSet rules = ownScreen.candidates(sentence);
    BitSet slots = builtScreen.candidates(sentence);
    for (int slot = slots.nextSetBit(0); slot >= 0; slot = slots.nextSetBit(slot + 1)) {
      for (int rule : rulesBySlot[slot]) {
        rules.set(rule);
      }
    }
    return rules;
  }
}
