package org.sofslint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sofslint.Golden;
import org.sofslint.SarifSchema;

/** The SARIF sofslint writes is valid against the official SARIF 2.1.0 schema. */
class SarifSchemaTest {
  static Stream<Path> goldens() throws IOException {
    try (Stream<Path> files = Files.list(Golden.RESOURCES.resolve("golden/sarif"))) {
      return files.sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("goldens")
  void goldenOutputIsValid(Path golden) throws IOException {
    assertThat(SarifSchema.problems(Files.readString(golden, StandardCharsets.UTF_8))).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("org.sofslint.cli.SamplesTest#samples")
  void sampleOutputIsValid(String sample) {
    Cli.Result result = Cli.run("check", "--format", "sarif", "--fail-on", "never", "samples/" + sample);
    assertThat(result.err()).isEmpty();
    assertThat(result.out()).contains("\"ruleId\"");
    assertThat(SarifSchema.problems(result.out())).isEmpty();
  }

  /** The check can fail: a result without its required message is refused. */
  @Test
  void aBrokenLogIsRejected() {
    String broken = """
        {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "sofslint"}},
          "results": [{"ruleId": "label.controlling", "level": "warning"}]}]}
        """;
    assertThat(SarifSchema.problems(broken)).isNotEmpty().anyMatch(problem -> problem.contains("message"));
  }
}
