package org.sofslint.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sofslint.document.Token;
import org.sofslint.nlp.TermNormaliser;
import org.sofslint.nlp.TextAnalyzer;

/**
 * Every term and unless-phrase of every term rule in one pass: two tries over token keys
 * (folded and exact), walked from each token, so the cost follows the length of the text and not
 * the number of rules. A match starts and ends on token boundaries. Built once, then read-only
 * and shared between threads.
 */
final class TermMatcher {
  /** Which rule a phrase belongs to, and whether it is one of the rule's unless-phrases. */
  record Entry(int rule, boolean unless) {}

  /** A phrase found over tokens {@code first..last} inclusive. */
  record Hit(int rule, boolean unless, int first, int last) {}

  private static final class Node {
    private final Map<String, Node> next = new HashMap<>();
    private final List<Entry> entries = new ArrayList<>(1);
  }

  private final TermNormaliser normaliser;
  private final TextAnalyzer nlp;
  private final Node folded = new Node();
  private final Node exact = new Node();

  TermMatcher(TermNormaliser normaliser, TextAnalyzer nlp) {
    this.normaliser = normaliser;
    this.nlp = nlp;
  }

  /** Adds a phrase while the matcher is being built. */
  void add(String phrase, boolean matchCase, Entry entry) {
    Node node = matchCase ? exact : folded;
    for (Token token : nlp.tokens(phrase, 0, phrase.length())) {
      for (String key : keys(token.text(), matchCase)) {
        node = node.next.computeIfAbsent(key, k -> new Node());
      }
    }
    node.entries.add(entry);
  }

  List<Hit> match(List<Token> tokens) {
    List<Hit> hits = new ArrayList<>();
    walk(folded, tokens, false, hits);
    if (!exact.next.isEmpty()) {
      walk(exact, tokens, true, hits);
    }
    return hits;
  }

  private void walk(Node root, List<Token> tokens, boolean matchCase, List<Hit> hits) {
    List<String> keys = new ArrayList<>(tokens.size());
    List<Integer> owner = new ArrayList<>(tokens.size());
    List<Boolean> starts = new ArrayList<>(tokens.size());
    for (int t = 0; t < tokens.size(); t++) {
      List<String> tokenKeys = keys(tokens.get(t).text(), matchCase);
      for (int k = 0; k < tokenKeys.size(); k++) {
        keys.add(tokenKeys.get(k));
        owner.add(t);
        starts.add(k == 0);
      }
    }
    for (int from = 0; from < keys.size(); from++) {
      if (!starts.get(from)) {
        continue;
      }
      Node node = root;
      for (int at = from; at < keys.size(); at++) {
        node = node.next.get(keys.get(at));
        if (node == null) {
          break;
        }
        boolean endsToken = at + 1 == keys.size() || starts.get(at + 1);
        if (endsToken) {
          for (Entry entry : node.entries) {
            hits.add(new Hit(entry.rule(), entry.unless(), owner.get(from), owner.get(at)));
          }
        }
      }
    }
  }

  private List<String> keys(String token, boolean matchCase) {
    return matchCase ? normaliser.exactKeys(token) : normaliser.foldedKeys(token);
  }
}
