package org.sofslint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sofslint.Golden;

/** The bundled samples, checked with the built-in packs, give exactly the committed output. */
class SamplesTest {
  static Stream<String> samples() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("samples"))) {
      return files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".md") || n.endsWith(".txt") || n.endsWith(".docx"))
          .filter(n -> !n.equals("README.md"))
          .sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("samples")
  void textOutput(String sample) {
    Cli.Result result = Cli.run("check", "--fail-on", "never", "samples/" + sample);
    assertThat(result.err()).isEmpty();
    Golden.check(Golden.RESOURCES.resolve("golden/samples/" + sample + ".txt"), result.out());
  }

  @ParameterizedTest
  @MethodSource("samples")
  void jsonOutput(String sample) {
    Cli.Result result = Cli.run("check", "--format", "json", "--fail-on", "never", "samples/" + sample);
    assertThat(result.err()).isEmpty();
    Golden.check(Golden.RESOURCES.resolve("golden/samples/" + sample + ".json"), result.out());
  }

  /** Every sample shows the Signs of Safety judgement at work, not only word lists. */
  @ParameterizedTest
  @MethodSource("samples")
  void everySampleHasAStructuralFinding(String sample) {
    Cli.Result result = Cli.run("check", "--format", "json", "--fail-on", "never", "samples/" + sample);
    assertThat(result.out()).contains("\"pack\" : \"signs-of-safety\"");
  }

  @Test
  void poorSamplesHaveFindingsAndTheReadmeIsNotChecked() {
    Cli.Result poor = Cli.run("check", "samples/poor-mash-report.md");
    assertThat(poor.code()).isEqualTo(1);
    Cli.Result readme = Cli.run("check", "samples/README.md");
    assertThat(readme.out()).isEqualTo("1 file checked: no findings\n");
  }
}
