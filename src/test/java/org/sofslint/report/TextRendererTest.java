package org.sofslint.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.sofslint.check.Summary;

class TextRendererTest extends RendererContractTest {
  @Override
  String format() {
    return TextRenderer.NAME;
  }

  @Override
  String extension() {
    return "txt";
  }

  @Override
  void afterRender(String rendered) {
    assertThat(rendered).doesNotContain("\u001b[");
  }

  @Test
  void colourIsOnlyAddedWhenAsked() {
    StringWriter text = new StringWriter();
    Renderer renderer = Renderers.create(TextRenderer.NAME, new PrintWriter(text), true, ReportContext.PLAIN).orElseThrow();
    Summary.Tally tally = new Summary.Tally();
    manyFiles().forEach(outcome -> {
      renderer.file(outcome, java.util.Optional.empty());
      tally.add(outcome);
    });
    renderer.finish(tally.summary());
    assertThat(text.toString()).contains("\u001b[33mwarning\u001b[0m").contains("\u001b[31merror\u001b[0m");
  }
}
