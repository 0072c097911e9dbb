package org.sofslint.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The packs and template that ship in the jar (the top-level {@code rules/} folder). An explicit
 * list, not a classpath scan; a test keeps it in step with the folder. They are read from the
 * form compiled at build time ({@link CompiledBuiltins}) when it matches the YAML, else from
 * the YAML itself.
 */
public final class Builtins {
  /** Pack file names under {@code rules/}, without {@code .yml}. */
  public static final List<String> PACKS = List.of("acronyms", "care-language", "certainty", "jargon",
      "judgement-labels", "readability", "signs-of-safety", "vague-words");

  public static final String DEFAULT_TEMPLATE = "templates/default";

  private static final String RESOURCE_ROOT = "/org/sofslint/rules/builtin/";

  private Builtins() {}

  /** The built-in packs; a broken one is a bug in sofslint, so it fails loudly. */
  public static List<RulePack> packs() {
    return Loaded.CONTENTS.packs();
  }

  public static Template defaultTemplate() {
    return Loaded.CONTENTS.template();
  }

  /** Loaded once, on first use, and never changed after. */
  private static final class Loaded {
    static final CompiledBuiltins.Contents CONTENTS = load();
  }

  /** The built-ins as a run reads them, uncached (benchmarks time this). */
  static CompiledBuiltins.Contents load() {
    List<byte[]> yaml = yamlResources();
    long checksum = CompiledBuiltins.checksum(yaml);
    return compiled(checksum).orElseGet(() -> parse(yaml, checksum));
  }

  /** The built-ins parsed from their YAML, ignoring any compiled form (the build step uses this). */
  static CompiledBuiltins.Contents fromYaml() {
    List<byte[]> yaml = yamlResources();
    return parse(yaml, CompiledBuiltins.checksum(yaml));
  }

  private static Optional<CompiledBuiltins.Contents> compiled(long checksum) {
    try (InputStream in = Builtins.class.getResourceAsStream(RESOURCE_ROOT + CompiledBuiltins.FILE_NAME)) {
      return in == null ? Optional.empty() : CompiledBuiltins.read(in, checksum);
    } catch (IOException | IllegalArgumentException e) {
      // A compiled form from another build of sofslint: the YAML is the source, so use it.
      return Optional.empty();
    }
  }

  private static CompiledBuiltins.Contents parse(List<byte[]> yaml, long checksum) {
    List<RulePack> packs = new ArrayList<>();
    for (int i = 0; i < PACKS.size(); i++) {
      try {
        packs.add(PackLoader.load(displayPath(PACKS.get(i)), text(yaml.get(i))));
      } catch (LoadException e) {
        throw new IllegalStateException("built-in pack is broken:\n" + e.getMessage(), e);
      }
    }
    try {
      Template template =
          TemplateLoader.load(displayPath(DEFAULT_TEMPLATE), text(yaml.get(PACKS.size()))).template();
      return new CompiledBuiltins.Contents(checksum, packs, template);
    } catch (LoadException e) {
      throw new IllegalStateException("built-in template is broken:\n" + e.getMessage(), e);
    }
  }

  /** Where the file lives in the source tree, which is what a user can open. */
  private static String displayPath(String name) {
    return "rules/" + name + ".yml";
  }

  /** The YAML of every pack, in {@link #PACKS} order, then the template's. */
  private static List<byte[]> yamlResources() {
    List<byte[]> files = new ArrayList<>();
    for (String name : PACKS) {
      files.add(resource(name));
    }
    files.add(resource(DEFAULT_TEMPLATE));
    return files;
  }

  private static String text(byte[] yaml) {
    return new String(yaml, StandardCharsets.UTF_8);
  }

  private static byte[] resource(String name) {
    String path = RESOURCE_ROOT + name + ".yml";
    try (InputStream in = Builtins.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("built-in resource missing from the jar: " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
