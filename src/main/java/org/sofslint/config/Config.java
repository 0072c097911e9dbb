package org.sofslint.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sofslint.check.QuotedSpeechMode;
import org.sofslint.document.SectionKind;
import org.sofslint.rules.Severity;
import org.sofslint.score.ScoringRules;

/**
 * What a {@code .sofslint.yml} says, with defaults for what it leaves out. Paths are already
 * resolved against the file's folder; {@code template} is empty when the built-in one applies;
 * {@code required}, when given, replaces the template's required parts.
 */
public record Config(
    String source,
    List<Path> packs,
    List<Path> template,
    Set<String> enable,
    Set<String> disable,
    Map<String, Severity> severities,
    QuotedSpeechMode quotedSpeech,
    Severity minSeverity,
    FailLevel failOn,
    Optional<List<List<SectionKind>>> required,
    ScoringRules scoring) {
  public static final Config DEFAULTS =
      new Config("built-in defaults", List.of(), List.of(), Set.of(), Set.of(), Map.of(),
          QuotedSpeechMode.INFO, Severity.INFO, FailLevel.WARNING, Optional.empty(), ScoringRules.DEFAULTS);

  public Config {
    packs = List.copyOf(packs);
    template = List.copyOf(template);
    enable = Set.copyOf(enable);
    disable = Set.copyOf(disable);
    severities = Map.copyOf(severities);
  }
}
