package org.sofslint.rules;

import com.google.re2j.Nesting;
import com.google.re2j.PatternSyntaxException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.sofslint.document.SectionKind;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Reads a rule pack from YAML, reporting every problem in it at its line and column. */
public final class PackLoader {
  private static final Set<String> PACK_KEYS =
      Set.of("pack", "description", "discipline", "severity", "match-case", "rules");
  private static final Set<String> RULE_KEYS =
      Set.of(
          "id", "terms", "pattern", "structure", "params", "metric", "max", "unless", "sections", "message",
          "reason", "suggest", "replace", "examples", "discipline", "severity", "match-case");
  private static final Set<String> EXAMPLE_KEYS = Set.of("flag", "pass");
  private static final Pattern PACK_ID = Pattern.compile("[a-z][a-z0-9-]*");
  private static final Pattern RULE_ID = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)+");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]*)}");
  private static final Pattern STRUCTURE = Pattern.compile("[a-z][a-z-]*\\.[a-z][a-z-]*");
  /** What a structural check fills in: the child, who is worried, the missing part. */
  private static final Set<String> STRUCTURE_PLACEHOLDERS = Set.of("match", "child", "worried", "part");
  /** What a metric fills in: the measured value and the limit. */
  private static final Set<String> METRIC_PLACEHOLDERS = Set.of("match", "value", "max", "part");
  private static final String ANY_SECTION = "any";
  /**
   * How deeply a rule's pattern may nest. The built-in packs nest at most 14 deep; compiling a
   * pattern and reading its required strings recurse once per level, so one nested thousands
   * deep overflowed the stack (RE2 and Go's regexp refuse past 1,000 for the same reason).
   */
  static final int MAX_PATTERN_DEPTH = 100;

  private PackLoader() {}

  /**
   * The packs at {@code path}: the file itself, or every {@code .yml} file in the folder in name
   * order. Problems in all of them are reported together.
   */
  public static List<RulePack> loadPath(Path path) throws LoadException {
    String name = path.toString().replace('\\', '/');
    List<Path> files = new ArrayList<>();
    try {
      if (Files.isDirectory(path)) {
        try (Stream<Path> listing = Files.list(path)) {
          listing.filter(p -> p.getFileName().toString().endsWith(".yml")).sorted().forEach(files::add);
        }
      } else if (Files.isRegularFile(path)) {
        files.add(path);
      } else {
        throw new LoadException(List.of(new LoadError(new Origin(name, 1, 1), "no such rule pack file or folder")));
      }
    } catch (IOException e) {
      throw new LoadException(List.of(new LoadError(new Origin(name, 1, 1), "cannot read the rule pack folder")));
    }
    List<RulePack> packs = new ArrayList<>();
    List<LoadError> errors = new ArrayList<>();
    for (Path file : files) {
      String source = file.toString().replace('\\', '/');
      try {
        packs.add(load(source, Files.readString(file, StandardCharsets.UTF_8)));
      } catch (LoadException e) {
        errors.addAll(e.errors());
      } catch (IOException e) {
        errors.add(new LoadError(new Origin(source, 1, 1), "cannot read the rule pack (is it UTF-8 text?)"));
      }
    }
    if (!errors.isEmpty()) {
      throw new LoadException(errors);
    }
    return packs;
  }

  public static RulePack load(String source, String content) throws LoadException {
    YamlFile.Parsed parsed = YamlFile.parse(source, content);
    YamlFile yaml = parsed.yaml();
    Optional<YamlFile.Mapping> maybePack = yaml.mapping(parsed.root(), "a rule pack", PACK_KEYS);
    if (maybePack.isEmpty()) {
      yaml.throwIfErrors();
    }
    YamlFile.Mapping pack = maybePack.orElseThrow();
    String id = pack.requiredString("pack");
    if (!id.isEmpty() && !PACK_ID.matcher(id).matches()) {
      yaml.error(pack.get("pack").orElseThrow(), "pack id '" + id + "' must be lower-case words joined by '-'");
    }
    String description = pack.requiredString("description");
    Defaults defaults =
        new Defaults(
            id,
            discipline(yaml, pack),
            pack.get("discipline").isPresent(),
            severity(yaml, pack).orElse(Severity.WARNING),
            pack.bool("match-case").orElse(false));
    List<Rule> rules = new ArrayList<>();
    Optional<Node> rulesNode = pack.get("rules");
    if (rulesNode.isEmpty()) {
      yaml.error(pack.node(), "missing 'rules'");
    } else if (!(rulesNode.get() instanceof SequenceNode sequence) || sequence.getValue().isEmpty()) {
      yaml.error(rulesNode.get(), "'rules' must be a list with at least one rule");
    } else {
      Map<String, Node> seen = new HashMap<>();
      for (Node item : sequence.getValue()) {
        rule(yaml, item, defaults)
            .ifPresent(
                rule -> {
                  Node previous = seen.putIfAbsent(rule.id(), item);
                  if (previous != null) {
                    yaml.error(item, "duplicate rule id '" + rule.id() + "' (first at line "
                        + yaml.origin(previous).line() + ")");
                  }
                  rules.add(rule);
                });
      }
    }
    yaml.throwIfErrors();
    return new RulePack(id, description, source, rules);
  }

  /** What the pack sets for all its rules; {@code disciplineGiven} is true even if the value was wrong. */
  private record Defaults(
      String pack, Optional<Discipline> discipline, boolean disciplineGiven, Severity severity, boolean matchCase) {}

  private static Optional<Rule> rule(YamlFile yaml, Node item, Defaults defaults) {
    Optional<YamlFile.Mapping> maybe = yaml.mapping(item, "a rule", RULE_KEYS);
    if (maybe.isEmpty()) {
      return Optional.empty();
    }
    YamlFile.Mapping rule = maybe.get();
    String id = rule.requiredString("id");
    if (!id.isEmpty() && !RULE_ID.matcher(id).matches()) {
      yaml.error(rule.get("id").orElseThrow(),
          "rule id '" + id + "' must be lower-case and dotted, like 'label.controlling'");
    }
    String message = rule.requiredString("message");
    Set<String> placeholders = rule.get("structure").isPresent() ? STRUCTURE_PLACEHOLDERS
        : rule.get("metric").isPresent() ? METRIC_PLACEHOLDERS : Set.of("match");
    checkPlaceholders(yaml, rule.get("message"), message, placeholders);
    String reason = rule.requiredString("reason");
    Optional<Discipline> discipline = discipline(yaml, rule).or(defaults::discipline);
    if (discipline.isEmpty() && rule.get("discipline").isEmpty() && !defaults.disciplineGiven()) {
      yaml.error(item, "missing 'discipline' (give it on the rule or on the pack)");
    }
    Severity severity = severity(yaml, rule).orElse(defaults.severity());
    boolean matchCase = rule.bool("match-case").orElse(defaults.matchCase());
    List<Suggestion> suggestions = new ArrayList<>();
    rule.strings("replace").forEach(text -> suggestions.add(new Suggestion.Rewrite(text)));
    for (ScalarNode advice : rule.scalars("suggest")) {
      checkPlaceholders(yaml, Optional.of(advice), advice.getValue(), placeholders);
      suggestions.add(new Suggestion.Advice(advice.getValue()));
    }
    if (suggestions.isEmpty()) {
      yaml.error(item, "rule '" + id + "' needs at least one 'suggest' or 'replace'");
    }
    List<SectionKind> sections = sections(yaml, rule);
    Examples examples = examples(yaml, rule, item, id);
    List<String> unless = words(yaml, rule, "unless");
    RuleInfo info =
        new RuleInfo(
            id,
            defaults.pack(),
            discipline.orElse(Discipline.PLAIN_LANGUAGE),
            severity,
            message,
            reason,
            suggestions,
            sections,
            examples,
            yaml.origin(item));
    boolean hasTerms = rule.get("terms").isPresent();
    boolean hasPattern = rule.get("pattern").isPresent();
    boolean hasStructure = rule.get("structure").isPresent();
    boolean hasMetric = rule.get("metric").isPresent();
    int kinds = (hasTerms ? 1 : 0) + (hasPattern ? 1 : 0) + (hasStructure ? 1 : 0) + (hasMetric ? 1 : 0);
    if (kinds != 1) {
      yaml.error(item, kinds == 0
          ? "rule '" + id + "' needs 'terms', 'pattern', 'structure' or 'metric'"
          : "rule '" + id + "' has more than one of 'terms', 'pattern', 'structure' and 'metric'; give one");
      return Optional.empty();
    }
    if (rule.get("max").isPresent() && !hasMetric) {
      yaml.error(rule.get("max").orElseThrow(), "'max' is only for 'metric' rules");
    }
    if (hasMetric) {
      return metric(yaml, rule, info);
    }
    if (rule.get("params").isPresent() && !hasStructure) {
      yaml.error(rule.get("params").orElseThrow(), "'params' is only for 'structure' rules");
    }
    if (hasStructure) {
      return structure(yaml, rule, info);
    }
    if (hasTerms) {
      List<String> terms = words(yaml, rule, "terms");
      if (rule.scalars("terms").isEmpty()) {
        yaml.error(rule.get("terms").orElseThrow(), "'terms' must list at least one word or phrase");
      }
      return Optional.of(new Rule.TermRule(info, terms, unless, matchCase));
    }
    return pattern(yaml, rule, matchCase).map(pattern -> new Rule.PatternRule(info, Regex.of(pattern), unless));
  }

  private static Optional<Rule> metric(YamlFile yaml, YamlFile.Mapping rule, RuleInfo info) {
    Optional<String> name = rule.string("metric");
    Optional<Metric> metric = name.flatMap(Metric::fromId);
    if (name.isPresent() && metric.isEmpty()) {
      yaml.error(rule.get("metric").orElseThrow(), "unknown metric '" + name.get() + "'"
          + YamlFile.didYouMean(name.get(), Arrays.stream(Metric.values()).map(Metric::id).toList()));
    }
    Optional<String> max = rule.string("max");
    if (max.isEmpty() && rule.get("max").isEmpty()) {
      yaml.error(rule.node(), "a metric rule needs 'max'");
      return Optional.empty();
    }
    if (max.isPresent() && !max.get().matches("\\d+(\\.\\d+)?")) {
      yaml.error(rule.get("max").orElseThrow(), "'max' must be a number, not '" + max.get() + "'");
      return Optional.empty();
    }
    return metric.map(m -> new Rule.MetricRule(info, m, Double.parseDouble(max.orElseThrow())));
  }

  private static Optional<Rule> structure(YamlFile yaml, YamlFile.Mapping rule, RuleInfo info) {
    Optional<String> structure = rule.string("structure");
    if (structure.isEmpty()) {
      return Optional.empty();
    }
    if (!STRUCTURE.matcher(structure.get()).matches()) {
      yaml.error(rule.get("structure").orElseThrow(),
          "'structure' must name a check and an outcome, like 'danger-statement.no-future'");
      return Optional.empty();
    }
    Map<String, String> parameters = new java.util.TreeMap<>();
    rule.get("params").flatMap(node -> yaml.openMapping(node, "'params'"))
        .ifPresent(params -> params.keys().forEach(key -> params.string(key).ifPresent(v -> parameters.put(key, v))));
    int dot = structure.get().indexOf('.');
    return Optional.of(new Rule.StructureRule(info, structure.get().substring(0, dot),
        structure.get().substring(dot + 1), parameters));
  }

  private static Optional<com.google.re2j.Pattern> pattern(
      YamlFile yaml, YamlFile.Mapping rule, boolean matchCase) {
    Optional<String> source = rule.string("pattern");
    if (source.isEmpty()) {
      return Optional.empty();
    }
    Node node = rule.get("pattern").orElseThrow();
    try {
      int depth = Nesting.depth(source.get());
      if (depth > MAX_PATTERN_DEPTH) {
        yaml.error(node, "pattern nests groups and repetitions " + depth + " deep; a rule's pattern may nest at most "
            + MAX_PATTERN_DEPTH);
        return Optional.empty();
      }
      com.google.re2j.Pattern pattern =
          com.google.re2j.Pattern.compile(
              source.get(), matchCase ? 0 : com.google.re2j.Pattern.CASE_INSENSITIVE);
      if (pattern.matcher("").find()) {
        yaml.error(node, "pattern '" + source.get() + "' matches empty text; it must match words");
        return Optional.empty();
      }
      return Optional.of(pattern);
    } catch (PatternSyntaxException e) {
      yaml.error(node, "invalid pattern: " + e.getDescription() + " in '" + source.get() + "'");
      return Optional.empty();
    }
  }

  private static Optional<Discipline> discipline(YamlFile yaml, YamlFile.Mapping mapping) {
    return mapping
        .string("discipline")
        .flatMap(
            text -> {
              Optional<Discipline> found = Discipline.fromId(text);
              if (found.isEmpty()) {
                yaml.error(mapping.get("discipline").orElseThrow(), "unknown discipline '" + text + "'"
                    + YamlFile.didYouMean(text, Arrays.stream(Discipline.values()).map(Discipline::id).toList()));
              }
              return found;
            });
  }

  private static Optional<Severity> severity(YamlFile yaml, YamlFile.Mapping mapping) {
    return mapping
        .string("severity")
        .flatMap(
            text -> {
              Optional<Severity> found = Severity.fromId(text);
              if (found.isEmpty()) {
                yaml.error(mapping.get("severity").orElseThrow(),
                    "unknown severity '" + text + "' (use info, warning or error)");
              }
              return found;
            });
  }

  private static List<SectionKind> sections(YamlFile yaml, YamlFile.Mapping rule) {
    List<ScalarNode> nodes = rule.scalars("sections");
    if (nodes.isEmpty() || nodes.stream().anyMatch(n -> n.getValue().equals(ANY_SECTION))) {
      return List.of(SectionKind.values());
    }
    List<String> known = Arrays.stream(SectionKind.values()).map(SectionKind::id).toList();
    return nodes.stream()
        .map(
            node -> {
              Optional<SectionKind> kind = SectionKind.fromId(node.getValue());
              if (kind.isEmpty()) {
                yaml.error(node, "unknown section kind '" + node.getValue() + "'"
                    + YamlFile.didYouMean(node.getValue(), known));
              }
              return kind;
            })
        .flatMap(Optional::stream)
        .distinct()
        .sorted()
        .toList();
  }

  private static Examples examples(YamlFile yaml, YamlFile.Mapping rule, Node item, String id) {
    Optional<Node> node = rule.get("examples");
    if (node.isEmpty()) {
      yaml.error(item, "rule '" + id + "' needs 'examples' with 'flag' and 'pass' sentences");
      return new Examples(List.of(), List.of());
    }
    return yaml.mapping(node.get(), "'examples'", EXAMPLE_KEYS)
        .map(
            examples -> {
              List<String> flag = examples.strings("flag");
              List<String> pass = examples.strings("pass");
              if (flag.isEmpty()) {
                yaml.error(node.get(), "rule '" + id + "' needs at least one 'flag' example");
              }
              if (pass.isEmpty()) {
                yaml.error(node.get(), "rule '" + id + "' needs at least one 'pass' example");
              }
              return new Examples(flag, pass);
            })
        .orElse(new Examples(List.of(), List.of()));
  }

  /** Terms and unless-phrases: each must hold a letter or digit to match anything. */
  private static List<String> words(YamlFile yaml, YamlFile.Mapping rule, String key) {
    List<String> words = new ArrayList<>();
    for (ScalarNode node : rule.scalars(key)) {
      String text = node.getValue().strip();
      if (text.codePoints().noneMatch(Character::isLetterOrDigit)) {
        yaml.error(node, "'" + key + "' entry '" + text + "' has no letters or digits to match");
      } else {
        words.add(text);
      }
    }
    return words;
  }

  private static void checkPlaceholders(YamlFile yaml, Optional<Node> where, String text, Set<String> known) {
    Matcher matcher = PLACEHOLDER.matcher(text);
    while (matcher.find()) {
      if (!known.contains(matcher.group(1)) && where.isPresent()) {
        yaml.error(where.get(), "unknown placeholder '{" + matcher.group(1) + "}' (this rule fills in "
            + known.stream().sorted().map(k -> "{" + k + "}").collect(java.util.stream.Collectors.joining(", ")) + ")");
      }
    }
  }
}
