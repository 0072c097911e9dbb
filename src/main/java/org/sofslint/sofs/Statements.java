package org.sofslint.sofs;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.sofslint.document.Block;
import org.sofslint.document.Document;
import org.sofslint.document.Sentence;
import org.sofslint.document.Span;

/**
 * Splits a document into statements. A list item or table cell is one statement. A paragraph is
 * one statement too, because practitioners write a harm statement, a piece of safety or a goal
 * as a paragraph whose sentences support each other ("On 2 March … The neighbour rang the
 * police. Rory was cold and crying."); a sentence that opens a worry of its own ("We are also
 * worried that …") starts a new statement. A line ending in a colon ("For the next six months:")
 * introduces the list after it: it is context for those items, not a statement.
 */
final class Statements {
  private static final Pattern OPENS_A_WORRY = Pattern.compile("(?i)\\b(?:worried|concerned|worry|worries|fears?)\\b");

  private Statements() {}

  static List<Statement> of(Document document, List<Sentence> sentences) {
    List<Statement> statements = new ArrayList<>();
    List<Sentence> intro = List.of();
    List<List<Sentence>> byBlock = Sentence.byBlock(sentences, document.blocks().size());
    for (int b = 0; b < document.blocks().size(); b++) {
      Block block = document.blocks().get(b);
      List<Sentence> own = byBlock.get(b);
      if (block instanceof Block.Heading || own.isEmpty()) {
        continue;
      }
      if (document.text(block.span()).stripTrailing().endsWith(":")) {
        intro = List.copyOf(own);
        continue;
      }
      List<Sentence> context = block instanceof Block.ListItem ? intro : List.of();
      if (!(block instanceof Block.ListItem)) {
        intro = List.of();
      }
      if (block instanceof Block.Paragraph) {
        int start = 0;
        for (int s = 1; s <= own.size(); s++) {
          if (s == own.size() || OPENS_A_WORRY.matcher(document.text(own.get(s).span())).find()) {
            statements.add(statement(block, b, own.subList(start, s), context));
            start = s;
          }
        }
      } else {
        statements.add(statement(block, b, own, context));
      }
    }
    return statements;
  }

  private static Statement statement(Block block, int index, List<Sentence> sentences, List<Sentence> context) {
    Span span = new Span(sentences.get(0).span().start(), sentences.get(sentences.size() - 1).span().end());
    return new Statement(span, index, block.section().kind(), sentences, context);
  }
}
