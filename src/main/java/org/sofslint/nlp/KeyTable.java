package org.sofslint.nlp;

/**
 * Values by string key, for the children of a {@link PhraseIndex} node, which a walk asks for
 * every key of every word and mostly does not find. Open addressing with linear probing, at most
 * half full; a key is compared by identity first, as the walks' keys are the JVM's own strings,
 * and its hash is the string's cached one. A java.util.HashMap spent most of a lookup on calls
 * that C1, which compiles most runs, does not inline. Filled while a trie is built, then only
 * read, so safe to share between threads once built.
 *
 * @param <V> what a key leads to
 */
final class KeyTable<V> {
  private String[] keys = new String[2];
  private int[] hashes = new int[2];
  private Object[] values = new Object[2];
  private int size;

  /** The value kept for {@code key}, or null. */
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

  /** Keeps {@code value} for {@code key}, which the table does not hold yet. */
  void put(String key, V value) {
    if (2 * (size + 1) > keys.length) {
      grow();
    }
    insert(key, key.hashCode(), value);
    size++;
  }

  boolean isEmpty() {
    return size == 0;
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

  /** Mixes the high bits into the low ones the slot is taken from, as {@link java.util.HashMap} does. */
  private static int spread(int hash) {
    return hash ^ (hash >>> 16);
  }
}
