package org.sofslint.rules;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sofslint.document.SectionKind;

/**
 * How a family of report forms names its sections: heading wordings (as {@link HeadingKey}s)
 * mapped to section kinds, the kind of text in each mapping column before any category label,
 * and the parts a report must have (each part is present when any one of its kinds is).
 */
public record Template(
    String id,
    String source,
    Map<String, SectionKind> headings,
    Map<SectionKind, SectionKind> columnDefaults,
    List<List<SectionKind>> requiredParts) {
  public Template {
    headings = Map.copyOf(headings);
    columnDefaults = Map.copyOf(columnDefaults);
    requiredParts = requiredParts.stream().map(List::copyOf).toList();
  }

  public Optional<SectionKind> kindOf(String heading) {
    return Optional.ofNullable(headings.get(HeadingKey.of(heading)));
  }

  /** The kind of unlabelled text in a column headed by {@code column}'s wording. */
  public SectionKind columnDefault(SectionKind column) {
    return columnDefaults.getOrDefault(column, column);
  }

  /**
   * This template with {@code extension}'s wordings added; where both name a heading, the
   * extension wins, and its required parts replace these if it lists any.
   */
  public Template extendedBy(Template extension) {
    Map<String, SectionKind> merged = new LinkedHashMap<>(headings);
    merged.putAll(extension.headings);
    Map<SectionKind, SectionKind> defaults = new EnumMap<>(SectionKind.class);
    defaults.putAll(columnDefaults);
    defaults.putAll(extension.columnDefaults);
    return new Template(extension.id, extension.source, merged, defaults,
        extension.requiredParts.isEmpty() ? requiredParts : extension.requiredParts);
  }
}
