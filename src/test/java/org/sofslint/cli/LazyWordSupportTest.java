package org.sofslint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Apache POI is loaded only when a Word document is read: checking Markdown never pays for it.
 * Reading one needs only POI's package layer; XMLBeans and its schema types, about a quarter of a
 * second of a cold run, are for the annotator alone.
 */
class LazyWordSupportTest {
  @ParameterizedTest
  @CsvSource({"samples/good-assessment.md, false, false", "samples/plain-text-export.txt, false, false",
      "samples/word-mapping-table.docx, true, false"})
  void poiIsLoadedOnlyForWordDocumentsAndXmlBeansNeverForChecking(String report, boolean loadsPoi, boolean loadsXmlBeans)
      throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process = new ProcessBuilder(List.of(java.toString(), "-Xlog:class+load=info", "-cp",
        System.getProperty("java.class.path"), "org.sofslint.cli.Main", "check", "--fail-on", "never", report))
        .redirectErrorStream(true).start();
    String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isZero();
    assertThat(log).contains("org.sofslint.cli.Main");
    assertThat(log.contains("org.apache.poi.")).as("POI loaded").isEqualTo(loadsPoi);
    assertThat(log.contains("org.apache.xmlbeans.")).as("XMLBeans loaded").isEqualTo(loadsXmlBeans);
  }
}
