package org.sofslint.sofs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.sofslint.document.SectionKind;
import org.sofslint.document.Sentence;
import org.sofslint.document.Span;
import org.sofslint.document.Token;

/**
 * One thing a report says: a paragraph (or the part of one that opens a worry of its own), a
 * list item or a table cell. {@code context} holds the sentences of a line introducing a list
 * ("For the next six months:"), which apply to each item of it.
 */
public record Statement(Span span, int block, SectionKind section, List<Sentence> sentences, List<Sentence> context) {
  public Statement {
    sentences = List.copyOf(sentences);
    context = List.copyOf(context);
  }

  /**
   * Its sentences' tokens, in order. Asked three or four times per statement, and most
   * statements are one sentence, whose own list it then is.
   */
  public List<Token> tokens() {
    if (sentences.size() == 1) {
      return sentences.get(0).tokens();
    }
    List<Token> tokens = new ArrayList<>();
    for (Sentence sentence : sentences) {
      tokens.addAll(sentence.tokens());
    }
    return Collections.unmodifiableList(tokens);
  }
}
