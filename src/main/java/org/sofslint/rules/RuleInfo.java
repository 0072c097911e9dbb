package org.sofslint.rules;

import java.util.List;
import org.sofslint.document.SectionKind;

/**
 * What every rule has whatever its kind. {@code sections} lists the section kinds the rule
 * applies in, in declaration order of {@link SectionKind}; all kinds when the pack says {@code
 * any}.
 */
public record RuleInfo(
    String id,
    String pack,
    Discipline discipline,
    Severity severity,
    String message,
    String reason,
    List<Suggestion> suggestions,
    List<SectionKind> sections,
    Examples examples,
    Origin origin) {
  public RuleInfo {
    suggestions = List.copyOf(suggestions);
    sections = List.copyOf(sections);
  }

  public boolean appliesIn(SectionKind kind) {
    return sections.contains(kind);
  }

  public boolean appliesEverywhere() {
    return sections.size() == SectionKind.values().length;
  }

  /** {@code template} with each {@code {name}} replaced by its value; unknown names stay as written. */
  public static String fill(String template, java.util.Map<String, String> values) {
    String filled = template;
    for (java.util.Map.Entry<String, String> value : values.entrySet()) {
      filled = filled.replace("{" + value.getKey() + "}", value.getValue());
    }
    return filled;
  }
}
