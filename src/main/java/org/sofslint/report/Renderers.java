package org.sofslint.report;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;

/** The output formats by name. An explicit, sorted list. */
public final class Renderers {
  public static final List<String> NAMES = List.of(HtmlRenderer.NAME, JsonRenderer.NAME, TextRenderer.NAME);

  private Renderers() {}

  /** A renderer writing to {@code out}; {@code color} is honoured by formats meant for a terminal. */
  public static Optional<Renderer> create(String name, PrintWriter out, boolean color, ReportContext context) {
    return switch (name) {
      case HtmlRenderer.NAME -> Optional.of(new HtmlRenderer(out, context));
      case JsonRenderer.NAME -> Optional.of(new JsonRenderer(out));
      case TextRenderer.NAME -> Optional.of(new TextRenderer(out, color, context.redact()));
      default -> Optional.empty();
    };
  }
}
