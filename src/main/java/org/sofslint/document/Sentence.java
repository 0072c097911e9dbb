package org.sofslint.document;

import java.util.List;

/** A sentence inside one block (sentences never cross blocks), with its tokens in order. */
public record Sentence(Span span, int block, List<Token> tokens) {
  public Sentence {
    tokens = List.copyOf(tokens);
  }

  /** {@code sentences} (in document order) grouped by block: element {@code b} holds block {@code b}'s. */
  public static List<List<Sentence>> byBlock(List<Sentence> sentences, int blocks) {
    List<List<Sentence>> grouped = new java.util.ArrayList<>(blocks);
    int next = 0;
    for (int b = 0; b < blocks; b++) {
      int first = next;
      while (next < sentences.size() && sentences.get(next).block() == b) {
        next++;
      }
      grouped.add(sentences.subList(first, next));
    }
    return grouped;
  }
}
