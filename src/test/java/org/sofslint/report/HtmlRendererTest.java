package org.sofslint.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sofslint.Golden;
import org.sofslint.TestKit;
import org.sofslint.check.FileOutcome;
import org.sofslint.check.Finding;

class HtmlRendererTest extends RendererContractTest {
  @Override
  String format() {
    return HtmlRenderer.NAME;
  }

  @Override
  String extension() {
    return "html";
  }

  /** Nothing on the page may reach for another file or host. */
  @Override
  void afterRender(String rendered) {
    assertThat(rendered).startsWith("<!DOCTYPE html>\n")
        .contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src &#39;none&#39;;")
        .doesNotContain("src=", "href=\"http", "url(", "@import");
  }

  /** With scores: the summary's mean and median, the charts, the most frequent rules, each report's scorecard. */
  @Test
  void scoredBatch() {
    String page = HtmlBatch.render(HtmlBatch.batch(), ReportContext.PLAIN, true);
    assertThat(HtmlBatch.render(HtmlBatch.batch(), ReportContext.PLAIN, true)).as("the same bytes twice").isEqualTo(page);
    Golden.check(Golden.RESOURCES.resolve(Path.of("golden", "html", "scored-batch.html")), page);
    afterRender(page);
  }

  @Test
  void reportTextIsEscapedNeverMarkup() {
    FileOutcome.Checked checked = HtmlBatch.checked("odd/<b>\"quoted\" & 'single'</b>.txt", TestKit.plainText(
        "Dad wrote <script>alert(1)</script> & \"Mum's\" note; Sam is LAC & <i>very</i> volatile.\n"));
    FileOutcome.Unreadable unreadable = new FileOutcome.Unreadable("odd/<img src=x onerror=alert(2)>.md",
        "bad <byte> & \"worse\"");
    assertThat(checked.findings()).extracting(Finding::ruleId)
        .contains("markup.script", "acronym.looked-after", "label.temperament");

    String page = HtmlBatch.render(List.of(checked, unreadable), ReportContext.PLAIN, true);

    assertThat(page).doesNotContain("<script>alert", "<b>", "<i>", "<img", "\"quoted\"", "\"Mum", "& \"")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;b&gt;&#34;quoted&#34; &amp; &#39;single&#39;&lt;/b&gt;",
            "&lt;img src=x onerror=alert(2)&gt;", "bad &lt;byte&gt; &amp; &#34;worse&#34;")
        .containsOnlyOnce("<script>");
  }

  /** With --redact the findings arrive redacted, and the page shows no word of the report, not even in context. */
  @Test
  void redactedPageShowsNoReportWord() {
    String report = "Kestrel Ravensworth seemed volatile near Quenby Halt; Ottoline is LAC, hard to reach.\n";
    FileOutcome.Checked plain = HtmlBatch.checked("reports/k.md", TestKit.markdown(report));
    FileOutcome.Checked redacted = new FileOutcome.Checked(plain.path(), plain.document(),
        plain.findings().stream().map(HtmlRendererTest::redacted).toList(), plain.failing());
    assertThat(redacted.findings()).hasSize(3);

    String page = HtmlBatch.render(List.of(redacted), new ReportContext(id -> Optional.empty(), true, "test"), true);

    List<String> words = Arrays.stream(report.split("[^\\p{L}]+")).filter(w -> w.length() >= 3)
        .map(w -> w.toLowerCase(Locale.ROOT)).toList();
    assertThat(words).hasSize(11);
    assertThat(shownWords(page)).doesNotContainAnyElementsOf(words);
    assertThat(shownWords(HtmlBatch.render(List.of(plain), ReportContext.PLAIN, true)))
        .as("without --redact the same words are shown").contains("kestrel", "volatile", "reach");
    assertThat(page).doesNotContain("<mark>");
  }

  /** Every word of the page, lower-cased, outside the style sheet and the script (whose code is not shown). */
  private static Set<String> shownWords(String page) {
    String text = page.replaceAll("(?s)<style>.*?</style>|<script>.*?</script>", " ");
    return Arrays.stream(text.split("[^\\p{L}]+")).map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
  }

  /** As --redact hands findings over: the matched words gone from the match and the message. */
  private static Finding redacted(Finding f) {
    return new Finding(f.ruleId(), f.pack(), f.discipline(), f.severity(), f.section(), f.span(), f.location(),
        f.message().replace(f.match(), "…"), f.suggestions(), "");
  }

  /**
   * A batch of any size must fit in the launcher's heap: once a report is written, neither its
   * findings nor its document are held for the page's end (10,000 reports ran out of memory
   * when they were).
   */
  @Test
  void aReportWrittenIsNotHeldUntilThePageIsFinished() throws InterruptedException {
    java.io.StringWriter page = new java.io.StringWriter();
    Renderer renderer = Renderers.create(HtmlRenderer.NAME, new java.io.PrintWriter(page), false, ReportContext.PLAIN)
        .orElseThrow();
    FileOutcome.Checked checked = HtmlBatch.checked("reports/v.md", TestKit.markdown("Dad seemed volatile; Sam is LAC.\n"));
    assertThat(checked.findings()).hasSize(2);
    List<java.lang.ref.WeakReference<Object>> held = new java.util.ArrayList<>();
    held.add(new java.lang.ref.WeakReference<>(checked.document()));
    checked.findings().forEach(f -> held.add(new java.lang.ref.WeakReference<>(f)));
    org.sofslint.check.Summary.Tally tally = new org.sofslint.check.Summary.Tally();
    tally.add(checked);
    renderer.file(checked, Optional.empty());
    checked = null;
    for (int i = 0; i < 50 && held.stream().anyMatch(r -> r.get() != null); i++) {
      System.gc();
      Thread.sleep(10);
    }
    assertThat(held).as("the report's document and findings, once written").allMatch(r -> r.get() == null);
    renderer.finish(tally.summary());
    assertThat(page.toString()).contains("<mark>volatile</mark>", "<mark>LAC</mark>", "Showing <span id=\"shown-total\">2</span>");
  }
}
