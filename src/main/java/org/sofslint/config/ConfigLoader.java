package org.sofslint.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.sofslint.check.QuotedSpeechMode;
import org.sofslint.rules.LoadError;
import org.sofslint.rules.LoadException;
import org.sofslint.rules.Origin;
import org.sofslint.rules.Severity;
import org.sofslint.rules.YamlFile;
import org.yaml.snakeyaml.nodes.Node;

/** Reads a {@code .sofslint.yml}; unknown keys and bad values are reported at line and column. */
public final class ConfigLoader {
  private static final Set<String> KEYS = Set.of(
      "rules", "template", "enable", "disable", "severity", "quoted-speech", "min-severity", "fail-on");

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
    List<Path> packs = config.strings("rules").stream().map(folder::resolve).toList();
    List<Path> template = config.string("template").map(folder::resolve).stream().toList();
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
    yaml.throwIfErrors();
    return new Config(name, packs, template, enable, disable, severities, quoted, minSeverity, failOn);
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
