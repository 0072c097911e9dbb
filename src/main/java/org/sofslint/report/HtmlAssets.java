package org.sofslint.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** The HTML report's one style sheet and one script, and the Content-Security-Policy that allows exactly them. */
final class HtmlAssets {
  static final String STYLE = """
      :root { color: #1a1a1a; background: #fff; font: 16px/1.45 system-ui, sans-serif; }
      body { max-width: 60rem; margin: 0 auto; padding: 1rem; }
      h1, h2, h3 { line-height: 1.2; }
      h3 { margin-top: 2rem; font-family: ui-monospace, monospace; font-size: 1rem; }
      table { border-collapse: collapse; margin: .5rem 0; }
      th, td { border: 1px solid #999; padding: .2rem .6rem; text-align: left; }
      td.number { text-align: right; font-variant-numeric: tabular-nums; }
      caption { text-align: left; font-weight: bold; }
      .charts { display: flex; flex-wrap: wrap; gap: 1rem; padding: 0; list-style: none; }
      figure { margin: 0; }
      figcaption { font-size: .85rem; }
      .chart rect { fill: #2b5797; }
      .chart line { stroke: #1a1a1a; }
      .chart text { font-size: 10px; fill: #1a1a1a; }
      #filters { border: 1px solid #999; padding: .5rem 1rem; margin: 1rem 0; }
      fieldset { display: inline-block; border: 0; margin: 0 1.5rem 0 0; padding: 0; }
      legend { font-weight: bold; }
      .findings { padding-left: 1.5rem; }
      .finding { margin: 0 0 1rem; }
      .finding p { margin: .2rem 0; }
      .severity { font-weight: bold; text-transform: uppercase; font-size: .8rem; padding: 0 .3rem; border: 1px solid; }
      .severity-error { color: #a40000; }
      .severity-warning { color: #7a4a00; }
      .severity-info { color: #1d4f7c; }
      .excerpt { margin: .3rem 0; padding: .2rem .6rem; border-left: 3px solid #999; background: #f4f4f4; }
      mark { background: #ffe066; color: #1a1a1a; }
      .where, .rule { color: #444; font-size: .9rem; }
      a { color: #1d4f7c; }
      @media print {
        #filters { display: none; }
        .report { break-inside: avoid-page; }
        .excerpt { background: none; }
      }
      """;

  /**
   * Shows the filter form (hidden for readers without JavaScript, for whom it would do nothing),
   * and on every change hides the findings whose severity is unticked or whose discipline is not
   * the one chosen, then updates the counts. Report data never enters the script: it reads the
   * findings' data attributes.
   */
  static final String SCRIPT = """
      (function () {
        'use strict';
        var form = document.getElementById('filters');
        if (!form) { return; }
        form.hidden = false;
        function apply() {
          var severities = {};
          form.querySelectorAll('input[name=severity]').forEach(function (box) { severities[box.value] = box.checked; });
          var discipline = form.elements.discipline.value;
          var total = 0;
          document.querySelectorAll('.report').forEach(function (report) {
            var shown = 0;
            report.querySelectorAll('.finding').forEach(function (finding) {
              var visible = severities[finding.dataset.severity] === true
                  && (discipline === '' || finding.dataset.discipline === discipline);
              finding.hidden = !visible;
              if (visible) { shown++; }
            });
            report.querySelector('.shown').textContent = shown;
            total += shown;
          });
          document.getElementById('shown-total').textContent = total;
        }
        form.addEventListener('change', apply);
        form.addEventListener('submit', function (event) { event.preventDefault(); });
        apply();
      })();
      """;

  /**
   * Nothing may be fetched or sent: no other host, no other file. Inline style and script are
   * allowed by their hashes rather than 'unsafe-inline', so that if report text ever slipped
   * through unescaped as markup, an injected script or style still would not run.
   */
  static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src '" + sha256(STYLE)
      + "'; script-src '" + sha256(SCRIPT) + "'; base-uri 'none'; form-action 'none'";

  private HtmlAssets() {}

  private static String sha256(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
