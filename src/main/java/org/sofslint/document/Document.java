package org.sofslint.document;

import java.util.List;

/**
 * A report as sofslint reads it: the prose text with markup removed, the blocks it is made of
 * (each in a section), the source comments, and the map back to the original file.
 */
public record Document(
    String text, List<Block> blocks, List<SourceComment> comments, SourceMap sourceMap) {
  public Document {
    blocks = List.copyOf(blocks);
    comments = List.copyOf(comments);
  }

  public String text(Span span) {
    return text.substring(span.start(), span.end());
  }

  public Location locate(Span span) {
    return sourceMap.locate(span);
  }
}
