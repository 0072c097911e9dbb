package org.sofslint.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sofslint.document.SectionKind;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Reads a section template from YAML; a template that {@code extends: default} adds to the built-in one. */
public final class TemplateLoader {
  private static final Set<String> KEYS =
      Set.of("template", "description", "extends", "sections", "columns", "required");
  private static final Set<String> KIND_IDS =
      Set.copyOf(Arrays.stream(SectionKind.values()).map(SectionKind::id).toList());
  private static final Set<String> COLUMN_IDS = Set.of(
      SectionKind.WORRIES.id(), SectionKind.WORKING_WELL.id(), SectionKind.NEEDS_TO_HAPPEN.id());

  private TemplateLoader() {}

  /** A template as written, and whether it asks to extend the built-in default. */
  public record Loaded(Template template, boolean extendsDefault) {}

  public static Loaded loadFile(Path file) throws LoadException {
    String source = file.toString().replace('\\', '/');
    try {
      return load(source, Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new LoadException(List.of(new LoadError(new Origin(source, 1, 1), "cannot read the template file")));
    }
  }

  public static Loaded load(String source, String content) throws LoadException {
    YamlFile.Parsed parsed = YamlFile.parse(source, content);
    YamlFile yaml = parsed.yaml();
    Optional<YamlFile.Mapping> maybe = yaml.mapping(parsed.root(), "a template", KEYS);
    if (maybe.isEmpty()) {
      yaml.throwIfErrors();
    }
    YamlFile.Mapping template = maybe.orElseThrow();
    String id = template.requiredString("template");
    template.requiredString("description");
    boolean extendsDefault = false;
    Optional<String> base = template.string("extends");
    if (base.isPresent()) {
      if (base.get().equals("default")) {
        extendsDefault = true;
      } else {
        yaml.error(template.get("extends").orElseThrow(),
            "a template can only extend 'default', not '" + base.get() + "'");
      }
    }
    Map<String, SectionKind> headings = headings(yaml, template, extendsDefault);
    Map<SectionKind, SectionKind> defaults = columnDefaults(yaml, template);
    List<List<SectionKind>> required = required(yaml, template);
    yaml.throwIfErrors();
    return new Loaded(new Template(id, source, headings, defaults, required), extendsDefault);
  }

  /** Heading wordings; a template that extends the default may leave them out. */
  private static Map<String, SectionKind> headings(YamlFile yaml, YamlFile.Mapping template, boolean extendsDefault) {
    Map<String, SectionKind> headings = new HashMap<>();
    Map<String, ScalarNode> firstSeen = new HashMap<>();
    Optional<Node> node = template.get("sections");
    if (node.isEmpty()) {
      if (!extendsDefault) {
        yaml.error(template.node(), "missing 'sections'");
      }
      return headings;
    }
    yaml.mapping(node.get(), "'sections'", KIND_IDS).ifPresent(sections -> {
      for (SectionKind kind : SectionKind.values()) {
        for (ScalarNode alias : sections.scalars(kind.id())) {
          for (String wording : wordings(alias.getValue())) {
            String key = HeadingKey.of(wording);
            if (key.isEmpty()) {
              yaml.error(alias, "heading '" + alias.getValue() + "' has no words");
              continue;
            }
            ScalarNode earlier = firstSeen.putIfAbsent(key, alias);
            if (earlier != null) {
              yaml.error(alias, "heading '" + wording + "' is already listed at line "
                  + yaml.origin(earlier).line());
            } else {
              headings.put(key, kind);
            }
          }
        }
      }
    });
    return headings;
  }

  /**
   * The {@code required:} list of a template or config: each entry is a kind, or a list of kinds
   * any one of which makes the part present. Errors are recorded in {@code yaml}.
   */
  public static List<List<SectionKind>> required(YamlFile yaml, YamlFile.Mapping template) {
    List<List<SectionKind>> parts = new java.util.ArrayList<>();
    Optional<Node> node = template.get("required");
    if (node.isEmpty()) {
      return parts;
    }
    if (!(node.get() instanceof org.yaml.snakeyaml.nodes.SequenceNode list)) {
      yaml.error(node.get(), "'required' must be a list of parts");
      return parts;
    }
    for (Node entry : list.getValue()) {
      List<Node> kinds = entry instanceof org.yaml.snakeyaml.nodes.SequenceNode alternatives
          ? alternatives.getValue() : List.of(entry);
      List<SectionKind> part = new java.util.ArrayList<>();
      for (Node kind : kinds) {
        Optional<SectionKind> found = kind instanceof ScalarNode scalar ? SectionKind.fromId(scalar.getValue()) : Optional.empty();
        if (found.isEmpty()) {
          yaml.error(kind, "unknown section kind in 'required'" + (kind instanceof ScalarNode scalar
              ? " '" + scalar.getValue() + "'" + YamlFile.didYouMean(scalar.getValue(), KIND_IDS) : ""));
        } else {
          part.add(found.get());
        }
      }
      if (!part.isEmpty()) {
        parts.add(part);
      }
    }
    return parts;
  }

  /** "Safety goal(s)" stands for "Safety goal" and "Safety goals". */
  private static List<String> wordings(String alias) {
    return alias.contains("(s)")
        ? List.of(alias.replace("(s)", ""), alias.replace("(s)", "s"))
        : List.of(alias);
  }

  private static Map<SectionKind, SectionKind> columnDefaults(YamlFile yaml, YamlFile.Mapping template) {
    Map<SectionKind, SectionKind> defaults = new EnumMap<>(SectionKind.class);
    template.get("columns").flatMap(node -> yaml.mapping(node, "'columns'", COLUMN_IDS)).ifPresent(
        columns -> {
          for (String columnId : COLUMN_IDS.stream().sorted().toList()) {
            columns.string(columnId).ifPresent(kindId -> {
              SectionKind column = SectionKind.fromId(columnId).orElseThrow();
              Optional<SectionKind> kind = SectionKind.fromId(kindId);
              if (kind.isEmpty() || kind.get().column().orElse(null) != column) {
                yaml.error(columns.get(columnId).orElseThrow(), "'" + kindId
                    + "' is not a section kind of the " + columnId + " column");
              } else {
                defaults.put(column, kind.get());
              }
            });
          }
        });
    return defaults;
  }
}
