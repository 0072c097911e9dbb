package org.sofslint.document;

import java.util.List;

/** A sentence inside one block (sentences never cross blocks), with its tokens in order. */
public record Sentence(Span span, int block, List<Token> tokens) {
  public Sentence {
    tokens = List.copyOf(tokens);
  }
}
