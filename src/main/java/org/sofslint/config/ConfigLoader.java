package org.sofslint.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.sofslint.check.QuotedSpeechMode;
import org.sofslint.document.SectionKind;
import org.sofslint.rules.LoadError;
import org.sofslint.rules.LoadException;
import org.sofslint.rules.Origin;
import org.sofslint.rules.Severity;
import org.sofslint.rules.TemplateLoader;
import org.sofslint.rules.YamlFile;
import org.sofslint.score.ScoringRules;
import org.yaml.snakeyaml.nodes.Node;

/** Reads a {@code .sofslint.yml}; unknown keys and bad values are reported at line and column. */
public final class ConfigLoader {
  private static final Set<String> KEYS = Set.of(
      "rules", "template", "enable", "disable", "severity", "quoted-speech", "min-severity", "fail-on", "required", "scoring");
  private static final Set<String> SCORING_KEYS =
      Set.of("severity-weights", "rule-weights", "half-score-at", "missing-part-weight", "minimum-words");

  private ConfigLoader() {}

  public static Config load(Path file) throws LoadException {
    String name = file.toString().replace('\\', '/');
    String content;
    try {
      content = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new LoadException(List.of(new LoadError(new Origin(name, 1, 1), "cannot read the config file")));
    }
    return parse(name, content, Optional.ofNullable(file.toAbsolutePath().getParent()).orElse(Path.of("")));
  }

  static Config parse(String name, String content, Path folder) throws LoadException {
    YamlFile.Parsed parsed = YamlFile.parse(name, content);
    YamlFile yaml = parsed.yaml();
    Optional<YamlFile.Mapping> maybe = yaml.mapping(parsed.root(), "a config file", KEYS);
    if (maybe.isEmpty()) {
      yaml.throwIfErrors();
    }
    YamlFile.Mapping config = maybe.orElseThrow();
    List<Path> packs = paths(yaml, config, "rules", config.strings("rules"), folder);
    List<Path> template = paths(yaml, config, "template", config.string("template").stream().toList(), folder);
    Set<String> enable = new LinkedHashSet<>(config.strings("enable"));
    Set<String> disable = new LinkedHashSet<>(config.strings("disable"));
    Map<String, Severity> severities = severities(yaml, config);
    QuotedSpeechMode quoted = choice(yaml, config, "quoted-speech",
        QuotedSpeechMode::fromId, Arrays.stream(QuotedSpeechMode.values()).map(QuotedSpeechMode::id).toList())
        .orElse(Config.DEFAULTS.quotedSpeech());
    Severity minSeverity = choice(yaml, config, "min-severity",
        Severity::fromId, Arrays.stream(Severity.values()).map(Severity::id).toList())
        .orElse(Config.DEFAULTS.minSeverity());
    FailLevel failOn = choice(yaml, config, "fail-on",
        FailLevel::fromId, Arrays.stream(FailLevel.values()).map(FailLevel::id).toList())
        .orElse(Config.DEFAULTS.failOn());
    Optional<List<List<SectionKind>>> required =
        config.get("required").map(node -> TemplateLoader.required(yaml, config));
    ScoringRules scoring = scoring(yaml, config);
    yaml.throwIfErrors();
    return new Config(name, packs, template, enable, disable, severities, quoted, minSeverity, failOn, required, scoring);
  }

  /**
   * {@code names}, given at {@code key}, each resolved against the config's folder; a name that
   * cannot be a path on this system (one holding a NUL character, say) is an error at the key.
   */
  private static List<Path> paths(YamlFile yaml, YamlFile.Mapping config, String key, List<String> names, Path folder) {
    List<Path> paths = new ArrayList<>();
    for (String name : names) {
      try {
        paths.add(folder.resolve(name));
      } catch (InvalidPathException e) {
        yaml.error(config.get(key).orElseThrow(), "'" + key + "' names something that cannot be a file here: " + e.getReason());
      }
    }
    return paths;
  }

  /** The {@code scoring:} block; what it leaves out keeps its default (README.md, "Scores"). */
  private static ScoringRules scoring(YamlFile yaml, YamlFile.Mapping config) {
    ScoringRules defaults = ScoringRules.DEFAULTS;
    Optional<YamlFile.Mapping> block = config.get("scoring").flatMap(node -> yaml.mapping(node, "'scoring'", SCORING_KEYS));
    if (block.isEmpty()) {
      return defaults;
    }
    YamlFile.Mapping scoring = block.get();
    Map<Severity, Double> severityWeights = new TreeMap<>();
    weights(yaml, scoring, "severity-weights").forEach((level, weight) -> {
      Optional<Severity> severity = Severity.fromId(level);
      if (severity.isEmpty()) {
        yaml.error(scoring.get("severity-weights").orElseThrow(), "unknown severity '" + level + "' (use info, warning or error)");
      } else {
        severityWeights.put(severity.get(), weight);
      }
    });
    Map<String, Double> ruleWeights = weights(yaml, scoring, "rule-weights");
    double half = number(yaml, scoring, "half-score-at", defaults.halfScoreAt(), 0.001);
    double missing = number(yaml, scoring, "missing-part-weight", defaults.missingPartWeight(), 0);
    double minimum = number(yaml, scoring, "minimum-words", defaults.minimumWords(), 1);
    return new ScoringRules(severityWeights, ruleWeights, half, missing, (int) Math.round(minimum));
  }

  private static Map<String, Double> weights(YamlFile yaml, YamlFile.Mapping scoring, String key) {
    Map<String, Double> weights = new TreeMap<>();
    scoring.get(key).flatMap(node -> yaml.openMapping(node, "'" + key + "'")).ifPresent(m -> {
      for (String name : m.keys()) {
        weights.put(name, number(yaml, m, name, 0, 0));
      }
    });
    return weights;
  }

  /** A number at {@code key}, at least {@code minimum}; a bad one is an error and gives {@code otherwise}. */
  private static double number(YamlFile yaml, YamlFile.Mapping mapping, String key, double otherwise, double minimum) {
    Optional<String> text = mapping.string(key);
    if (text.isEmpty()) {
      return otherwise;
    }
    try {
      double value = Double.parseDouble(text.get());
      if (value >= minimum && Double.isFinite(value)) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    yaml.error(mapping.get(key).orElseThrow(), "'" + key + "' must be a number of at least " + minimum + ", not '" + text.get() + "'");
    return otherwise;
  }

  private static Map<String, Severity> severities(YamlFile yaml, YamlFile.Mapping config) {
    Map<String, Severity> severities = new TreeMap<>();
    Optional<Node> node = config.get("severity");
    if (node.isEmpty()) {
      return severities;
    }
    yaml.openMapping(node.get(), "'severity'").ifPresent(m -> {
      for (String key : m.keys()) {
        m.string(key).ifPresent(level -> {
          Optional<Severity> severity = Severity.fromId(level);
          if (severity.isEmpty()) {
            yaml.error(m.get(key).orElseThrow(), "unknown severity '" + level + "' (use info, warning or error)");
          } else {
            severities.put(key, severity.get());
          }
        });
      }
    });
    return severities;
  }

  private interface Parser<T> {
    Optional<T> parse(String text);
  }

  private static <T> Optional<T> choice(
      YamlFile yaml, YamlFile.Mapping config, String key, Parser<T> parser, List<String> allowed) {
    return config.string(key).flatMap(text -> {
      Optional<T> value = parser.parse(text);
      if (value.isEmpty()) {
        yaml.error(config.get(key).orElseThrow(), "'" + key + "' must be one of " + String.join(", ", allowed)
            + ", not '" + text + "'");
      }
      return value;
    });
  }
}
