package org.sofslint.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import opennlp.tools.sentdetect.EndOfSentenceScanner;

/**
 * OpenNLP's {@link opennlp.tools.sentdetect.DefaultEndOfSentenceScanner}, finding the same
 * characters in the same order, with ASCII's in a table: the default boxes every character of a
 * text and looks it up in a {@code HashSet<Character>}, 2% of a batch's CPU with C1. Immutable.
 */
final class EndOfSentenceTable implements EndOfSentenceScanner {
  private final Set<Character> characters;
  private final boolean[] ascii = new boolean[128];
  /** The characters beyond ASCII, sorted. */
  private final char[] others;

  EndOfSentenceTable(char[] endOfSentence) {
    List<Character> all = new ArrayList<>();
    StringBuilder beyondAscii = new StringBuilder();
    for (char c : endOfSentence) {
      all.add(c);
      if (c < ascii.length) {
        ascii[c] = true;
      } else {
        beyondAscii.append(c);
      }
    }
    this.characters = Set.copyOf(all);
    this.others = beyondAscii.toString().toCharArray();
    Arrays.sort(others);
  }

  @Override
  public Set<Character> getEOSCharacters() {
    return characters;
  }

  @Override
  public List<Integer> getPositions(CharSequence text) {
    // The detector passes a String, whose own toString is itself: then no call per character goes
    // through the interface.
    String chars = text.toString();
    List<Integer> positions = new ArrayList<>();
    for (int i = 0; i < chars.length(); i++) {
      char c = chars.charAt(i);
      if (c < ascii.length ? ascii[c] : Arrays.binarySearch(others, c) >= 0) {
        positions.add(i);
      }
    }
    return positions;
  }

  @Override
  public List<Integer> getPositions(StringBuffer text) {
    return getPositions((CharSequence) text);
  }

  @Override
  public List<Integer> getPositions(char[] text) {
    return getPositions(java.nio.CharBuffer.wrap(text));
  }
}
