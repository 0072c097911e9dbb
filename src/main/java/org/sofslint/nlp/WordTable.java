package org.sofslint.nlp;

import java.util.Arrays;

/**
 * Values kept by word, looked up by where the word lies in a longer text, so a lookup makes no
 * substring: for a tokenizer that looks up every word of every sentence and mostly finds it.
 * Open addressing with linear probing, at most half full. Not thread-safe.
 *
 * @param <V> what a word stands for
 */
final class WordTable<V> {
  private final int maxWords;
  private final String[] words;
  private final int[] hashes;
  private final Object[] values;
  private final int mask;
  private int size;

  /** A table for up to {@code maxWords} words; the owner empties it before it holds more. */
  WordTable(int maxWords) {
    this.maxWords = maxWords;
    int slots = Integer.highestOneBit(Math.max(1, maxWords)) * 4;
    words = new String[slots];
    hashes = new int[slots];
    values = new Object[slots];
    mask = slots - 1;
  }

  /** The value kept for {@code text}'s characters {@code [start, end)}, or null. */
  @SuppressWarnings("unchecked")
  V get(String text, int start, int end) {
    int length = end - start;
    int hash = hash(text, start, end);
    for (int slot = spread(hash) & mask; words[slot] != null; slot = (slot + 1) & mask) {
      if (hashes[slot] == hash && words[slot].length() == length && text.regionMatches(start, words[slot], 0, length)) {
        return (V) values[slot];
      }
    }
    return null;
  }

  /** Keeps {@code value} for {@code word}, which the table does not hold yet. */
  void put(String word, V value) {
    if (size == maxWords) {
      throw new IllegalStateException("a word table for " + maxWords + " words is full");
    }
    int hash = hash(word, 0, word.length());
    int slot = spread(hash) & mask;
    while (words[slot] != null) {
      slot = (slot + 1) & mask;
    }
    words[slot] = word;
    hashes[slot] = hash;
    values[slot] = value;
    size++;
  }

  int size() {
    return size;
  }

  void clear() {
    Arrays.fill(words, null);
    Arrays.fill(values, null);
    size = 0;
  }

  /** {@link String#hashCode}'s, over a part of a string. */
  private static int hash(String text, int start, int end) {
    int hash = 0;
    for (int i = start; i < end; i++) {
      hash = 31 * hash + text.charAt(i);
    }
    return hash;
  }

  /** Mixes the high bits into the low ones the slot is taken from, as {@link java.util.HashMap} does. */
  private static int spread(int hash) {
    return hash ^ (hash >>> 16);
  }
}
