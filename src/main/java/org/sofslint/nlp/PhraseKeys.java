package org.sofslint.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sofslint.document.Token;

/**
 * The trie keys a phrase (a rule's term, an unless-phrase, a cue) is indexed under: its tokens,
 * tokenised as text is, each normalised by {@link TermNormaliser}. Working them out needs the
 * tokenizer model and KStem, which cost a cold run about 0.2 s for the built-in packs, so the
 * keys of every built-in phrase are worked out at build time and passed in as {@code known};
 * any other phrase (a user's pack) is worked out here. Immutable and thread-safe.
 */
public final class PhraseKeys {
  private final TermNormaliser normaliser;
  private final TextAnalyzer nlp;
  private final Map<String, List<String>> known;

  /** {@code known} maps {@link #id(String, boolean)} to keys, as {@link #of} would give them. */
  public PhraseKeys(TermNormaliser normaliser, TextAnalyzer nlp, Map<String, List<String>> known) {
    this.normaliser = normaliser;
    this.nlp = nlp;
    this.known = Map.copyOf(known);
  }

  /** Keys worked out for every phrase, none known in advance. */
  public static PhraseKeys computed(TermNormaliser normaliser, TextAnalyzer nlp) {
    return new PhraseKeys(normaliser, nlp, Map.of());
  }

  /** How a phrase is named in a table of known keys: case matters for some rules, so it is part of the name. */
  public static String id(String phrase, boolean matchCase) {
    return (matchCase ? "=" : "~") + phrase;
  }

  /** The keys of {@code phrase}; with {@code matchCase}, words are kept exactly as written (acronyms). */
  public List<String> of(String phrase, boolean matchCase) {
    List<String> keys = known.get(id(phrase, matchCase));
    return keys != null ? keys : compute(phrase, matchCase);
  }

  /** The keys of {@code phrase} worked out now, ignoring the known ones (the build step and its test use this). */
  public List<String> compute(String phrase, boolean matchCase) {
    List<String> keys = new ArrayList<>();
    for (Token token : nlp.tokens(phrase, 0, phrase.length())) {
      keys.addAll(matchCase ? normaliser.exactKeys(token.text()) : normaliser.foldedKeys(token.text()));
    }
    return List.copyOf(keys);
  }

  public TermNormaliser normaliser() {
    return normaliser;
  }
}
