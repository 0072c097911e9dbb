package org.sofslint.nlp;

import java.util.ArrayList;
import java.util.List;
import org.sofslint.document.Token;

/**
 * Many words and phrases found in one pass: two tries over token keys (folded and exact), walked
 * from each token, so the cost follows the length of the text and not the number of phrases. A
 * match starts and ends on token boundaries. Filled by its {@link Builder}, then read-only and
 * safe to share between threads.
 *
 * @param <V> what a phrase stands for (a rule, a cue); phrases standing for the same thing are
 *     added with the same object, because values are told apart by identity
 */
public final class PhraseIndex<V> {
  /** A phrase standing for {@code value}, found over tokens {@code first..last} inclusive. */
  public record Match<V>(V value, int first, int last) {}

  private static final class Node<V> {
    // Classes, not interfaces: the walk reads these for every word, and C1, which compiles most
    // runs, calls an interface's method through a stub instead of inlining it.
    private final StringTable<Node<V>> next = new StringTable<>();
    private final ArrayList<V> values = new ArrayList<>(1);
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
        // The JVM's own string, as the keys of running text are (TermNormaliser.wordKeys).
        String interned = key.intern();
        Node<V> child = node.next.get(interned);
        if (child == null) {
          child = new Node<>();
          node.next.put(interned, child);
        }
        node = child;
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
    List<Match<V>> found = new ArrayList<>();
    boolean exactToo = !exact.next.isEmpty();
    // Each word is looked up once, for both tries.
    Keys foldedKeys = new Keys(tokens.size());
    Keys exactKeys = new Keys(exactToo ? tokens.size() : 0);
    TermNormaliser.WordKeys[] words = normaliser.wordKeys(tokens);
    for (int t = 0; t < words.length; t++) {
      TermNormaliser.WordKeys word = words[t];
      foldedKeys.add(t, word.folded());
      if (exactToo) {
        exactKeys.add(t, word.exact());
      }
    }
    walk(folded, foldedKeys, found);
    if (exactToo) {
      walk(exact, exactKeys, found);
    }
    if (found.size() < 2) {
      return found;
    }
    // A phrase can be reached through two keys of one word (its stem and a base form), and two
    // phrases of one value can cover the same tokens. Sorted and compared by identity, neighbour
    // by neighbour, rather than hashed: hashing a match would hash its value, for every match.
    found.sort((a, b) -> a.first() != b.first()
        ? Integer.compare(a.first(), b.first())
        : Integer.compare(a.last(), b.last()));
    List<Match<V>> distinct = new ArrayList<>(found.size());
    for (Match<V> match : found) {
      if (!seenAtSamePlace(distinct, match)) {
        distinct.add(match);
      }
    }
    return distinct;
  }

  private static <V> boolean seenAtSamePlace(List<Match<V>> sorted, Match<V> match) {
    for (int i = sorted.size() - 1; i >= 0; i--) {
      Match<V> earlier = sorted.get(i);
      if (earlier.first() != match.first() || earlier.last() != match.last()) {
        return false;
      }
      if (earlier.value() == match.value()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The text's key positions, flattened: each with its candidate keys, the token it belongs to,
   * and whether it starts that token (a hyphenated word gives one position per part). Mutable
   * while it is filled, then only read.
   */
  private static final class Keys {
    private String[][] candidates;
    private int[] owner;
    private boolean[] starts;
    private int size;

    Keys(int tokens) {
      candidates = new String[tokens + 4][];
      owner = new int[tokens + 4];
      starts = new boolean[tokens + 4];
    }

    void add(int token, String[][] parts) {
      for (int k = 0; k < parts.length; k++) {
        if (size == owner.length) {
          candidates = java.util.Arrays.copyOf(candidates, size * 2);
          owner = java.util.Arrays.copyOf(owner, size * 2);
          starts = java.util.Arrays.copyOf(starts, size * 2);
        }
        candidates[size] = parts[k];
        owner[size] = token;
        starts[size] = k == 0;
        size++;
      }
    }
  }

  private void walk(Node<V> root, Keys keys, List<Match<V>> matches) {
    for (int from = 0; from < keys.size; from++) {
      if (keys.starts[from]) {
        extend(root, from, from, keys, matches);
      }
    }
  }

  private void extend(Node<V> node, int from, int at, Keys keys, List<Match<V>> matches) {
    for (String key : keys.candidates[at]) {
      Node<V> next = node.next.get(key);
      if (next == null) {
        continue;
      }
      boolean endsToken = at + 1 == keys.size || keys.starts[at + 1];
      if (endsToken) {
        for (int v = 0; v < next.values.size(); v++) {
          matches.add(new Match<>(next.values.get(v), keys.owner[from], keys.owner[at]));
        }
      }
      if (at + 1 < keys.size) {
        extend(next, from, at + 1, keys, matches);
      }
    }
  }
}
