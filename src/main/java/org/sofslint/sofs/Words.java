package org.sofslint.sofs;

import java.util.List;
import java.util.Locale;
import org.sofslint.document.Token;
import org.sofslint.nlp.PhraseIndex;

/**
 * One statement's tokens as the feature code reads them: lower-cased words, part-of-speech tags,
 * cues, and the span of the worry wording ("Jo at Children's Services is worried that"), which
 * says who is worried rather than what happens, so tense and behaviour skip it. The words are kept
 * in arrays: the feature code reads each many times over, and C1, which compiles most runs, calls
 * a list's methods through a stub. Immutable.
 */
final class Words {
  private final List<Token> tokens;
  private final String[] texts;
  private final String[] words;
  private final String[] tags;
  private final CueHits hits;
  private final int frameStart;
  private final int frameEnd;

  /** A statement's words, with no worry wording marked. */
  Words(List<Token> tokens, List<String> tags, CueHits hits) {
    if (tags.size() != tokens.size()) {
      throw new IllegalArgumentException(tags.size() + " tags for " + tokens.size() + " tokens");
    }
    this.tokens = List.copyOf(tokens);
    this.texts = new String[tokens.size()];
    this.words = new String[tokens.size()];
    for (int i = 0; i < texts.length; i++) {
      texts[i] = tokens.get(i).text();
      words[i] = texts[i].toLowerCase(Locale.ROOT).replace('’', '\'');
    }
    this.tags = tags.toArray(String[]::new);
    this.hits = hits;
    this.frameStart = 0;
    this.frameEnd = 0;
  }

  private Words(Words words, int frameStart, int frameEnd) {
    this.tokens = words.tokens;
    this.texts = words.texts;
    this.words = words.words;
    this.tags = words.tags;
    this.hits = words.hits;
    this.frameStart = frameStart;
    this.frameEnd = frameEnd;
  }

  /** The same words, with the worry wording at tokens {@code [start, end)}. */
  Words withFrame(int start, int end) {
    return new Words(this, start, end);
  }

  List<Token> tokens() {
    return tokens;
  }

  CueHits hits() {
    return hits;
  }

  int size() {
    return words.length;
  }

  String word(int i) {
    return words[i];
  }

  String text(int i) {
    return texts[i];
  }

  String tag(int i) {
    return tags[i];
  }

  boolean inFrame(int i) {
    return i >= frameStart && i < frameEnd;
  }

  /** A verb the tagger saw, that is a word ("98%" tagged VERB is not). */
  boolean isVerb(int i) {
    return tags[i].equals("VERB") && hasLetter(words[i]);
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
    return isVerb(i) || tags[i].equals("AUX");
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
