package org.sofslint.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The packs and template that ship in the jar (the top-level {@code rules/} folder). An explicit
 * list, not a classpath scan; a test keeps it in step with the folder.
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
    List<RulePack> packs = new ArrayList<>();
    for (String name : PACKS) {
      try {
        packs.add(PackLoader.load(displayPath(name), resource(name)));
      } catch (LoadException e) {
        throw new IllegalStateException("built-in pack is broken:\n" + e.getMessage(), e);
      }
    }
    return packs;
  }

  public static Template defaultTemplate() {
    try {
      return TemplateLoader.load(displayPath(DEFAULT_TEMPLATE), resource(DEFAULT_TEMPLATE)).template();
    } catch (LoadException e) {
      throw new IllegalStateException("built-in template is broken:\n" + e.getMessage(), e);
    }
  }

  /** Where the file lives in the source tree, which is what a user can open. */
  private static String displayPath(String name) {
    return "rules/" + name + ".yml";
  }

  private static String resource(String name) {
    String path = RESOURCE_ROOT + name + ".yml";
    try (InputStream in = Builtins.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("built-in resource missing from the jar: " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
