package org.sofslint.sofs;

import java.util.List;
import java.util.Locale;
import org.sofslint.document.Token;
import org.sofslint.nlp.PhraseIndex;

/**
 * One statement's tokens as the feature code reads them: lower-cased words, part-of-speech tags,
 * cues, and the span of the worry wording ("Jo at Children's Services is worried that"), which
 * says who is worried rather than what happens, so tense and behaviour skip it.
 */
record Words(List<Token> tokens, List<String> words, List<String> tags, CueHits hits, int frameStart, int frameEnd) {
  Words {
    tokens = List.copyOf(tokens);
    words = List.copyOf(words);
    tags = List.copyOf(tags);
  }

  static List<String> lower(List<Token> tokens) {
    String[] words = new String[tokens.size()];
    for (int i = 0; i < words.length; i++) {
      words[i] = tokens.get(i).text().toLowerCase(Locale.ROOT).replace('’', '\'');
    }
    return List.of(words);
  }

  Words withFrame(int start, int end) {
    return new Words(tokens, words, tags, hits, start, end);
  }

  int size() {
    return words.size();
  }

  String word(int i) {
    return words.get(i);
  }

  String text(int i) {
    return tokens.get(i).text();
  }

  String tag(int i) {
    return tags.get(i);
  }

  boolean inFrame(int i) {
    return i >= frameStart && i < frameEnd;
  }

  /** A verb the tagger saw, that is a word ("98%" tagged VERB is not). */
  boolean isVerb(int i) {
    return tags.get(i).equals("VERB") && hasLetter(words.get(i));
  }

  private static boolean hasLetter(String word) {
    for (int k = 0; k < word.length(); k++) {
      if (Character.isLetter(word.charAt(k))) {
        return true;
      }
    }
    return false;
  }

  boolean isVerbal(int i) {
    return isVerb(i) || tags.get(i).equals("AUX");
  }

  boolean covers(Cue cue, int i) {
    return hits.covers(cue, i);
  }

  /** True when the cue occurs somewhere outside the worry wording. */
  boolean hasOutsideFrame(Cue cue) {
    for (PhraseIndex.Match<Cue> match : hits.of(cue)) {
      if (match.last() < frameStart || match.first() >= frameEnd) {
        return true;
      }
    }
    return false;
  }
}
