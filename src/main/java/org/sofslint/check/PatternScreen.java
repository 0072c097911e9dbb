package org.sofslint.check;

import com.google.re2j.RequiredLiterals;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which pattern rules can match a sentence: each pattern's required strings
 * ({@link RequiredLiterals}) are found in one pass over the sentence, folded as they are
 * (case, and whitespace runs as one space), by Aho-Corasick, so the cost
 * of screening does not grow with the number of patterns, and RE2J runs only where it may match.
 * Patterns that require no fixed text always run. Immutable once built.
 */
final class PatternScreen {
  /** Outgoing edges of each state, sorted by character, and where they lead. */
  private final char[][] edgeChars;
  private final int[][] edgeTargets;
  private final int[] fallback;
  /** The patterns (by rule index) whose required string ends at each state, fallbacks included. */
  private final int[][] found;
  private final BitSet alwaysRun;

  private PatternScreen(char[][] edgeChars, int[][] edgeTargets, int[] fallback, int[][] found, BitSet alwaysRun) {
    this.edgeChars = edgeChars;
    this.edgeTargets = edgeTargets;
    this.fallback = fallback;
    this.found = found;
    this.alwaysRun = alwaysRun;
  }

  /** Adds patterns one by one, each under its rule index. */
  static final class Builder {
    private final List<Map<Character, Integer>> edges = new ArrayList<>(List.of(new HashMap<>()));
    private final List<BitSet> ends = new ArrayList<>(List.of(new BitSet()));
    private final BitSet alwaysRun = new BitSet();
    private final StartupTables tables;

    private Builder(StartupTables tables) {
      this.tables = tables;
    }

    Builder add(int rule, com.google.re2j.Pattern pattern) {
      Optional<Set<String>> required = tables.requiredLiterals(pattern);
      if (required.isEmpty()) {
        alwaysRun.set(rule);
        return this;
      }
      for (String literal : required.get()) {
        int state = 0;
        for (char c : literal.toCharArray()) {
          Integer next = edges.get(state).get(c);
          if (next == null) {
            next = edges.size();
            edges.get(state).put(c, next);
            edges.add(new HashMap<>());
            ends.add(new BitSet());
          }
          state = next;
        }
        ends.get(state).set(rule);
      }
      return this;
    }

    PatternScreen build() {
      int states = edges.size();
      char[][] chars = new char[states][];
      int[][] targets = new int[states][];
      for (int s = 0; s < states; s++) {
        List<Map.Entry<Character, Integer>> sorted = new ArrayList<>(edges.get(s).entrySet());
        sorted.sort(Map.Entry.comparingByKey());
        chars[s] = new char[sorted.size()];
        targets[s] = new int[sorted.size()];
        for (int i = 0; i < sorted.size(); i++) {
          chars[s][i] = sorted.get(i).getKey();
          targets[s][i] = sorted.get(i).getValue();
        }
      }
      int[] fallback = new int[states];
      List<Integer> queue = new ArrayList<>();
      for (int child : targets[0]) {
        queue.add(child);
      }
      // Breadth first, so a state's fallback is finished before its children need it.
      for (int head = 0; head < queue.size(); head++) {
        int state = queue.get(head);
        ends.get(state).or(ends.get(fallback[state]));
        for (int i = 0; i < chars[state].length; i++) {
          int child = targets[state][i];
          fallback[child] = step(chars, targets, fallback, fallback[state], chars[state][i]);
          queue.add(child);
        }
      }
      int[][] found = new int[states][];
      for (int s = 0; s < states; s++) {
        found[s] = ends.get(s).stream().toArray();
      }
      return new PatternScreen(chars, targets, fallback, found, (BitSet) alwaysRun.clone());
    }
  }

  /** A builder that takes each pattern's required strings from {@code tables} where it can. */
  static Builder builder(StartupTables tables) {
    return new Builder(tables);
  }

  /** The rule indexes of the patterns worth running on {@code text}. */
  BitSet candidates(String text) {
    BitSet candidates = (BitSet) alwaysRun.clone();
    int state = 0;
    char previous = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = RequiredLiterals.fold(text.charAt(i));
      if (c == ' ' && previous == ' ') {
        continue;
      }
      previous = c;
      state = step(edgeChars, edgeTargets, fallback, state, c);
      for (int rule : found[state]) {
        candidates.set(rule);
      }
    }
    return candidates;
  }

  /** The state reached from {@code state} on {@code c}, following fallbacks where there is no edge. */
  private static int step(char[][] chars, int[][] targets, int[] fallback, int state, char c) {
    while (true) {
      int i = Arrays.binarySearch(chars[state], c);
      if (i >= 0) {
        return targets[state][i];
      }
      if (state == 0) {
        return 0;
      }
      state = fallback[state];
    }
  }
}
