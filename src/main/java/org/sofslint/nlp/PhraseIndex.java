package org.sofslint.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sofslint.document.Token;

/**
 * Many words and phrases found in one pass: two tries over token keys (folded and exact), walked
 * from each token, so the cost follows the length of the text and not the number of phrases. A
 * match starts and ends on token boundaries. Filled by its {@link Builder}, then read-only and
 * safe to share between threads.
 *
 * @param <V> what a phrase stands for (a rule, a cue)
 */
public final class PhraseIndex<V> {
  /** A phrase standing for {@code value}, found over tokens {@code first..last} inclusive. */
  public record Match<V>(V value, int first, int last) {}

  private static final class Node<V> {
    private final Map<String, Node<V>> next = new HashMap<>();
    private final List<V> values = new ArrayList<>(1);
  }

  private final TermNormaliser normaliser;
  private final Node<V> folded;
  private final Node<V> exact;

  private PhraseIndex(TermNormaliser normaliser, Node<V> folded, Node<V> exact) {
    this.normaliser = normaliser;
    this.folded = folded;
    this.exact = exact;
  }

  public static <V> Builder<V> builder(PhraseKeys keys) {
    return new Builder<>(keys);
  }

  /** Collects phrases. Mutable: it is filled, then {@link #build()} hands the tries over. */
  public static final class Builder<V> {
    private final PhraseKeys keys;
    private final Node<V> folded = new Node<>();
    private final Node<V> exact = new Node<>();

    private Builder(PhraseKeys keys) {
      this.keys = keys;
    }

    /** Adds a phrase, tokenised as text is; {@code matchCase} compares words exactly. */
    public Builder<V> add(String phrase, boolean matchCase, V value) {
      Node<V> node = matchCase ? exact : folded;
      for (String key : keys.of(phrase, matchCase)) {
        node = node.next.computeIfAbsent(key, k -> new Node<>());
      }
      node.values.add(value);
      return this;
    }

    public PhraseIndex<V> build() {
      return new PhraseIndex<>(keys.normaliser(), folded, exact);
    }
  }

  /** Every phrase found in {@code tokens}, ordered by where it starts. */
  public List<Match<V>> find(List<Token> tokens) {
    java.util.Set<Match<V>> matches = new java.util.LinkedHashSet<>();
    walk(folded, tokens, false, matches);
    if (!exact.next.isEmpty()) {
      walk(exact, tokens, true, matches);
    }
    List<Match<V>> sorted = new ArrayList<>(matches);
    sorted.sort(java.util.Comparator.comparingInt((Match<V> m) -> m.first()).thenComparingInt(Match::last));
    return sorted;
  }

  /** The text's key positions: each with its candidate keys, the token it belongs to, and whether it starts one. */
  private record Keys(List<List<String>> candidates, List<Integer> owner, List<Boolean> starts) {}

  private void walk(Node<V> root, List<Token> tokens, boolean matchCase, java.util.Set<Match<V>> matches) {
    Keys keys = new Keys(new ArrayList<>(tokens.size()), new ArrayList<>(tokens.size()), new ArrayList<>(tokens.size()));
    for (int t = 0; t < tokens.size(); t++) {
      List<List<String>> parts = matchCase
          ? normaliser.exactKeys(tokens.get(t).text()).stream().map(List::of).toList()
          : normaliser.textKeys(tokens.get(t).text());
      for (int k = 0; k < parts.size(); k++) {
        keys.candidates().add(parts.get(k));
        keys.owner().add(t);
        keys.starts().add(k == 0);
      }
    }
    for (int from = 0; from < keys.candidates().size(); from++) {
      if (keys.starts().get(from)) {
        extend(root, from, from, keys, matches);
      }
    }
  }

  private void extend(Node<V> node, int from, int at, Keys keys, java.util.Set<Match<V>> matches) {
    for (String key : keys.candidates().get(at)) {
      Node<V> next = node.next.get(key);
      if (next == null) {
        continue;
      }
      boolean endsToken = at + 1 == keys.candidates().size() || keys.starts().get(at + 1);
      if (endsToken) {
        for (V value : next.values) {
          matches.add(new Match<>(value, keys.owner().get(from), keys.owner().get(at)));
        }
      }
      if (at + 1 < keys.candidates().size()) {
        extend(next, from, at + 1, keys, matches);
      }
    }
  }
}
