package org.sofslint.report;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;

/** The output formats by name. An explicit, sorted list. */
public final class Renderers {
  public static final List<String> NAMES =
      List.of(CsvRenderer.NAME, HtmlRenderer.NAME, JsonRenderer.NAME, SarifRenderer.NAME, TextRenderer.NAME);
  /** The formats of {@code score}: a table, one CSV row per report, or the HTML report. */
  public static final List<String> SCORE_NAMES = List.of(CsvRenderer.NAME, HtmlRenderer.NAME, ScoreTableRenderer.NAME);

  private Renderers() {}

  /** A renderer writing to {@code out}; {@code color} is honoured by formats meant for a terminal. */
  public static Optional<Renderer> create(String name, PrintWriter out, boolean color, ReportContext context) {
    return switch (name) {
      case CsvRenderer.NAME -> Optional.of(new CsvRenderer(out));
      case HtmlRenderer.NAME -> Optional.of(new HtmlRenderer(out, context));
      case JsonRenderer.NAME -> Optional.of(new JsonRenderer(out));
      case SarifRenderer.NAME -> Optional.of(new SarifRenderer(out, context));
      case TextRenderer.NAME -> Optional.of(new TextRenderer(out, color, context.redact()));
      default -> Optional.empty();
    };
  }

  /** A renderer of scores for {@code score}, writing to {@code out}. */
  public static Optional<Renderer> createScore(String name, PrintWriter out, ReportContext context) {
    return switch (name) {
      case CsvRenderer.NAME -> Optional.of(new ScoreCsvRenderer(out));
      case HtmlRenderer.NAME -> Optional.of(new HtmlRenderer(out, context));
      case ScoreTableRenderer.NAME -> Optional.of(new ScoreTableRenderer(out));
      default -> Optional.empty();
    };
  }
}
