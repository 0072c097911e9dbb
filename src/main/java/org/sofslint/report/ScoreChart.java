package org.sofslint.report;

import java.util.Locale;
import org.owasp.encoder.Encode;
import org.sofslint.score.BatchScores.Distribution;

/**
 * A score distribution as a small inline SVG histogram: ten bars for 0–10 … 90–100, scaled to
 * the fullest bin. Drawn here rather than by a chart library so the page needs no script and no
 * other file to show it, and prints as it looks.
 */
final class ScoreChart {
  private static final int BAR = 22;
  private static final int GAP = 2;
  private static final int HEIGHT = 60;
  private static final int AXIS = 14;

  private ScoreChart() {}

  /** The chart, labelled by {@code captionId} (the figure's caption) for screen readers. */
  static String svg(Distribution distribution, String captionId) {
    int[] bins = distribution.histogram();
    int fullest = 1;
    for (int count : bins) {
      fullest = Math.max(fullest, count);
    }
    int width = bins.length * BAR;
    StringBuilder svg = new StringBuilder();
    svg.append("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"")
        .append(Encode.forHtmlAttribute(captionId)).append("\" width=\"").append(width)
        .append("\" height=\"").append(HEIGHT + AXIS).append("\" viewBox=\"0 0 ").append(width).append(' ')
        .append(HEIGHT + AXIS).append("\">\n");
    for (int i = 0; i < bins.length; i++) {
      int height = Math.round((float) HEIGHT * bins[i] / fullest);
      svg.append(String.format(Locale.ROOT,
          "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\"><title>%d–%d: %d %s</title></rect>\n",
          i * BAR + GAP / 2, HEIGHT - height, BAR - GAP, height, i * 10, i * 10 + 10, bins[i],
          bins[i] == 1 ? "report" : "reports"));
    }
    svg.append("<line x1=\"0\" y1=\"").append(HEIGHT).append("\" x2=\"").append(width).append("\" y2=\"")
        .append(HEIGHT).append("\"/>\n");
    svg.append("<text x=\"0\" y=\"").append(HEIGHT + AXIS - 2).append("\">0</text>\n");
    svg.append("<text x=\"").append(width).append("\" y=\"").append(HEIGHT + AXIS - 2)
        .append("\" text-anchor=\"end\">100</text>\n");
    svg.append("</svg>");
    return svg.toString();
  }
}
