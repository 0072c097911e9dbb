package org.sofslint.nlp;

import java.util.Arrays;

/**
 * Values by string, for tables asked about every word of every sentence: a phrase trie's
 * children, looked up by a word's key, the normaliser's keys of recent words, and the tokenizer's
 * memory, looked up by where a word lies in its sentence so that a lookup makes no substring. A java.util.HashMap spent most of such a
 * lookup on calls that C1, which compiles most runs, does not inline (the key's hashCode through
 * a virtual call, then getNode). Open addressing with linear probing, at most half full; a key's
 * hash is {@link String#hashCode}'s, so a string's cached one serves. Filled, then read, by one
 * thread at a time: once filled it is safe to share for reading.
 *
 * @param <V> what a string stands for
 */
final class StringTable<V> {
  private String[] keys;
  private int[] hashes;
  private Object[] values;
  private int size;

  /** A table that grows as it fills. */
  StringTable() {
    this(1);
  }

  /** A table that holds {@code expected} strings before it grows. */
  StringTable(int expected) {
    int slots = Integer.highestOneBit(Math.max(1, expected)) * 4;
    keys = new String[slots];
    hashes = new int[slots];
    values = new Object[slots];
  }

  /**
   * The value kept for {@code key}, or null. Compared by identity first: the tries' keys and the
   * keys of running text are the JVM's own strings ({@link String#intern}).
   */
  @SuppressWarnings("unchecked")
  V get(String key) {
    int hash = key.hashCode();
    int mask = keys.length - 1;
    for (int slot = spread(hash) & mask; keys[slot] != null; slot = (slot + 1) & mask) {
      if (keys[slot] == key || hashes[slot] == hash && keys[slot].equals(key)) {
        return (V) values[slot];
      }
    }
    return null;
  }

  /** The value kept for {@code text}'s characters {@code [start, end)}, or null. */
  @SuppressWarnings("unchecked")
  V get(String text, int start, int end) {
    int length = end - start;
    int hash = hash(text, start, end);
    int mask = keys.length - 1;
    for (int slot = spread(hash) & mask; keys[slot] != null; slot = (slot + 1) & mask) {
      if (hashes[slot] == hash && keys[slot].length() == length && text.regionMatches(start, keys[slot], 0, length)) {
        return (V) values[slot];
      }
    }
    return null;
  }

  /** Keeps {@code value} for {@code key}, which the table does not hold yet. */
  void put(String key, V value) {
    if (2 * (size + 1) > keys.length) {
      grow();
    }
    insert(key, key.hashCode(), value);
    size++;
  }

  int size() {
    return size;
  }

  boolean isEmpty() {
    return size == 0;
  }

  void clear() {
    Arrays.fill(keys, null);
    Arrays.fill(values, null);
    size = 0;
  }

  private void insert(String key, int hash, Object value) {
    int mask = keys.length - 1;
    int slot = spread(hash) & mask;
    while (keys[slot] != null) {
      slot = (slot + 1) & mask;
    }
    keys[slot] = key;
    hashes[slot] = hash;
    values[slot] = value;
  }

  private void grow() {
    String[] oldKeys = keys;
    int[] oldHashes = hashes;
    Object[] oldValues = values;
    keys = new String[oldKeys.length * 2];
    hashes = new int[oldKeys.length * 2];
    values = new Object[oldKeys.length * 2];
    for (int slot = 0; slot < oldKeys.length; slot++) {
      if (oldKeys[slot] != null) {
        insert(oldKeys[slot], oldHashes[slot], oldValues[slot]);
      }
    }
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
