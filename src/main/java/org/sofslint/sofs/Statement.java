package org.sofslint.sofs;

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

  public List<Token> tokens() {
    return sentences.stream().flatMap(s -> s.tokens().stream()).toList();
  }
}
