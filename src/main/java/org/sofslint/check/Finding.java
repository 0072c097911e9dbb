package org.sofslint.check;

import java.util.Comparator;
import java.util.List;
import org.sofslint.document.Location;
import org.sofslint.document.SectionKind;
import org.sofslint.document.Span;
import org.sofslint.rules.Discipline;
import org.sofslint.rules.Severity;
import org.sofslint.rules.Suggestion;

/** One problem found in one document, with the exact words it is about. */
public record Finding(
    String ruleId,
    String pack,
    Discipline discipline,
    Severity severity,
    SectionKind section,
    Span span,
    Location location,
    String message,
    List<Suggestion> suggestions,
    String match) {
  /** Position in the document, then rule id: the order findings are always shown in. */
  public static final Comparator<Finding> ORDER =
      Comparator.comparingInt((Finding f) -> f.span().start())
          .thenComparingInt(f -> f.span().end())
          .thenComparing(Finding::ruleId)
          .thenComparing(Finding::message);

  public Finding {
    suggestions = List.copyOf(suggestions);
  }

  public Finding withSeverity(Severity newSeverity) {
    return new Finding(ruleId, pack, discipline, newSeverity, section, span, location, message, suggestions, match);
  }
}
