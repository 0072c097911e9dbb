package org.sofslint.check;

import java.util.Map;
import java.util.Set;
import org.sofslint.rules.Severity;

/**
 * How a run is tuned, whoever set it (config file or command line). {@code enabled} and {@code
 * disabled} hold rule or pack ids; a rule runs unless it or its pack is disabled, and naming a
 * rule in {@code enabled} turns it back on inside a disabled pack. {@code severities} overrides
 * severity by rule or pack id, the rule's own entry winning.
 */
public record CheckOptions(
    Set<String> enabled,
    Set<String> disabled,
    Map<String, Severity> severities,
    QuotedSpeechMode quotedSpeech,
    Severity minSeverity) {
  public static final CheckOptions DEFAULTS =
      new CheckOptions(Set.of(), Set.of(), Map.of(), QuotedSpeechMode.INFO, Severity.INFO);

  public CheckOptions {
    enabled = Set.copyOf(enabled);
    disabled = Set.copyOf(disabled);
    severities = Map.copyOf(severities);
  }
}
