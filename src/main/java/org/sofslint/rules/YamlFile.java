package org.sofslint.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * One YAML file read as a node tree, so every value keeps its line and column, and the problems
 * found while turning it into records. Mutable: a loader records problems here as it walks, then
 * refuses the file if there are any.
 */
public final class YamlFile {
  private static final int MAX_CODE_POINTS = 2 * 1024 * 1024;

  private final String file;
  private final List<LoadError> errors = new ArrayList<>();

  private YamlFile(String file) {
    this.file = file;
  }

  /**
   * Parses {@code content} with safe limits (no custom types, few aliases, bounded size and
   * depth). A syntax error is reported at its place and ends the load at once.
   */
  public static Parsed parse(String file, String content) throws LoadException {
    YamlFile yaml = new YamlFile(file);
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(20);
    options.setAllowRecursiveKeys(false);
    options.setNestingDepthLimit(20);
    options.setCodePointLimit(MAX_CODE_POINTS);
    try {
      Node root = new Yaml(new SafeConstructor(options)).compose(new java.io.StringReader(content));
      if (root == null) {
        throw new LoadException(
            List.of(new LoadError(new Origin(file, 1, 1), "the file is empty")));
      }
      return new Parsed(yaml, root);
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
      throw new LoadException(List.of(new LoadError(yaml.origin(mark), "invalid YAML: " + problem)));
    } catch (YAMLException e) {
      throw new LoadException(
          List.of(new LoadError(new Origin(file, 1, 1), "invalid YAML: " + e.getMessage())));
    }
  }

  /** A parsed file and its root node. */
  public record Parsed(YamlFile yaml, Node root) {}

  public String file() {
    return file;
  }

  public void error(Node node, String message) {
    errors.add(new LoadError(origin(node), message));
  }

  public Origin origin(Node node) {
    return origin(node.getStartMark());
  }

  /** Throws if any problem was recorded; the errors come out in file order. */
  public void throwIfErrors() throws LoadException {
    if (!errors.isEmpty()) {
      List<LoadError> sorted = new ArrayList<>(errors);
      sorted.sort(
          java.util.Comparator.comparingInt((LoadError e) -> e.origin().line())
              .thenComparingInt(e -> e.origin().column()));
      throw new LoadException(sorted);
    }
  }

  /**
   * The mapping at {@code node}, checked against the keys {@code allowed}: unknown keys (with a
   * guess at what was meant) and repeated keys are problems. Empty if {@code node} is not a
   * mapping.
   */
  public Optional<Mapping> mapping(Node node, String what, Set<String> allowed) {
    return mapping(node, what, Optional.of(allowed));
  }

  /** A mapping whose keys are names the file chooses, such as rule ids. */
  public Optional<Mapping> openMapping(Node node, String what) {
    return mapping(node, what, Optional.empty());
  }

  private Optional<Mapping> mapping(Node node, String what, Optional<Set<String>> allowed) {
    if (!(node instanceof MappingNode mappingNode)) {
      error(node, what + " must be a mapping of keys to values");
      return Optional.empty();
    }
    Map<String, Node> values = new LinkedHashMap<>();
    for (NodeTuple tuple : mappingNode.getValue()) {
      if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
        error(tuple.getKeyNode(), "a key must be a plain word");
        continue;
      }
      String key = keyNode.getValue();
      if (values.containsKey(key)) {
        error(keyNode, "duplicate key '" + key + "'");
      } else if (allowed.isPresent() && !allowed.get().contains(key)) {
        error(keyNode, "unknown key '" + key + "'" + didYouMean(key, allowed.get()));
      } else {
        values.put(key, tuple.getValueNode());
      }
    }
    return Optional.of(new Mapping(node, values));
  }

  /** A checked mapping: typed access to its values, recording a problem for each wrong type. */
  public final class Mapping {
    private final Node node;
    private final Map<String, Node> values;

    private Mapping(Node node, Map<String, Node> values) {
      this.node = node;
      this.values = values;
    }

    public Node node() {
      return node;
    }

    /** The keys, in file order. */
    public List<String> keys() {
      return List.copyOf(values.keySet());
    }

    public Optional<Node> get(String key) {
      return Optional.ofNullable(values.get(key));
    }

    public Optional<String> string(String key) {
      Node value = values.get(key);
      if (value == null) {
        return Optional.empty();
      }
      if (value instanceof ScalarNode scalar) {
        return Optional.of(scalar.getValue());
      }
      error(value, "'" + key + "' must be a single text value");
      return Optional.empty();
    }

    public String requiredString(String key) {
      Optional<String> value = string(key);
      if (value.isEmpty() && !values.containsKey(key)) {
        error(node, "missing '" + key + "'");
      } else if (value.isPresent() && value.get().isBlank()) {
        error(values.get(key), "'" + key + "' must not be empty");
      }
      return value.orElse("");
    }

    public Optional<Boolean> bool(String key) {
      return string(key)
          .flatMap(
              text -> {
                if (text.equals("true") || text.equals("false")) {
                  return Optional.of(Boolean.valueOf(text));
                }
                error(values.get(key), "'" + key + "' must be true or false, not '" + text + "'");
                return Optional.empty();
              });
    }

    /** A list of text values; a single value is taken as a list of one. */
    public List<ScalarNode> scalars(String key) {
      Node value = values.get(key);
      if (value == null) {
        return List.of();
      }
      if (value instanceof ScalarNode scalar) {
        return List.of(scalar);
      }
      List<ScalarNode> result = new ArrayList<>();
      if (value instanceof SequenceNode sequence) {
        for (Node item : sequence.getValue()) {
          if (item instanceof ScalarNode scalar) {
            result.add(scalar);
          } else {
            error(item, "each entry of '" + key + "' must be a single text value");
          }
        }
      } else {
        error(value, "'" + key + "' must be a list of text values");
      }
      return result;
    }

    public List<String> strings(String key) {
      return scalars(key).stream().map(ScalarNode::getValue).toList();
    }
  }

  private Origin origin(Mark mark) {
    return mark == null
        ? new Origin(file, 1, 1)
        : new Origin(file, mark.getLine() + 1, mark.getColumn() + 1);
  }

  /** A hint naming the allowed word nearest to {@code word}, if one is close. */
  public static String didYouMean(String word, java.util.Collection<String> allowed) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : allowed.stream().sorted().toList()) {
      int distance = editDistance(word, candidate);
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return best != null && bestDistance <= Math.max(2, word.length() / 3)
        ? " (did you mean '" + best + "'?)"
        : "";
  }

  private static int editDistance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
