package org.sofslint.sofs;

import java.util.Map;
import org.sofslint.document.Span;

/**
 * What a structural check found: which of its outcomes, where, and words from the report to
 * fill into the rule's message and suggestions ({@code {child}}, {@code {worried}}, {@code
 * {adult}}, {@code {part}}).
 */
public sealed interface Flag {
  String outcome();

  Map<String, String> fills();

  /** About a statement, or words within it. */
  record At(String outcome, Span span, Map<String, String> fills) implements Flag {
    public At {
      fills = Map.copyOf(fills);
    }
  }

  /** About the report as a whole, shown at its top. */
  record Top(String outcome, Map<String, String> fills) implements Flag {
    public Top {
      fills = Map.copyOf(fills);
    }
  }
}
