package org.sofslint.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sofslint.check.QuotedSpeechMode;
import org.sofslint.rules.LoadException;
import org.sofslint.rules.Severity;

class ConfigLoaderTest {
  @TempDir Path dir;

  @Test
  void readsEveryKeyAndResolvesPathsAgainstTheConfigsFolder() throws Exception {
    Path file = dir.resolve(".sofslint.yml");
    Files.writeString(file, """
        rules: [packs/ours.yml, more]
        template: forms/template.yml
        enable: [label.chaotic]
        disable: [acronyms, label.controlling]
        severity:
          jargon: info
          label.in-denial: error
        quoted-speech: ignore
        min-severity: warning
        fail-on: error
        """);
    Config config = ConfigLoader.load(file);
    assertThat(config.packs()).containsExactly(dir.resolve("packs/ours.yml"), dir.resolve("more"));
    assertThat(config.template()).containsExactly(dir.resolve("forms/template.yml"));
    assertThat(config.enable()).containsExactly("label.chaotic");
    assertThat(config.disable()).containsExactlyInAnyOrder("acronyms", "label.controlling");
    assertThat(config.severities()).isEqualTo(Map.of("jargon", Severity.INFO, "label.in-denial", Severity.ERROR));
    assertThat(config.quotedSpeech()).isEqualTo(QuotedSpeechMode.IGNORE);
    assertThat(config.minSeverity()).isEqualTo(Severity.WARNING);
    assertThat(config.failOn()).isEqualTo(FailLevel.ERROR);
  }

  @Test
  void leavesDefaultsForWhatItDoesNotSay() throws Exception {
    Config config = ConfigLoader.parse("c.yml", "disable: [jargon]\n", dir);
    assertThat(config.failOn()).isEqualTo(FailLevel.WARNING);
    assertThat(config.quotedSpeech()).isEqualTo(QuotedSpeechMode.INFO);
    assertThat(config.minSeverity()).isEqualTo(Severity.INFO);
  }

  @Test
  void unknownKeysAndBadValuesAreErrorsWithLineAndColumn() {
    assertThatThrownBy(() -> ConfigLoader.parse(".sofslint.yml", """
        disabel: [jargon]
        severity:
          jargon: loud
        fail-on: sometimes
        quoted-speech: [info]
        """, dir))
        .isInstanceOf(LoadException.class)
        .hasMessage(String.join("\n",
            ".sofslint.yml:1:1: unknown key 'disabel' (did you mean 'disable'?)",
            ".sofslint.yml:3:11: unknown severity 'loud' (use info, warning or error)",
            ".sofslint.yml:4:10: 'fail-on' must be one of info, warning, error, never, not 'sometimes'",
            ".sofslint.yml:5:16: 'quoted-speech' must be a single text value"));
  }

  @Test
  void aPathThatCannotBeAFileIsAnErrorWithLineAndColumnNotAFailure() {
    // Found by random configs: Path.resolve threw, and the run ended as an internal error.
    assertThatThrownBy(() -> ConfigLoader.parse(".sofslint.yml", """
        rules: [ours.yml, "a\\0b"]
        template: "forms/\\0.yml"
        """, dir))
        .isInstanceOf(LoadException.class)
        .hasMessage(String.join("\n",
            ".sofslint.yml:1:8: 'rules' names something that cannot be a file here: Nul character not allowed",
            ".sofslint.yml:2:11: 'template' names something that cannot be a file here: Nul character not allowed"));
  }

  @Test
  void theLocatorFindsTheNearestConfigAboveAFileThenTheUsersOwn() throws IOException {
    Path project = Files.createDirectories(dir.resolve("team/cases/2026"));
    Files.writeString(dir.resolve("team/.sofslint.yml"), "fail-on: error\n");
    Path user = Files.writeString(dir.resolve("user.yml"), "fail-on: never\n");
    ConfigLocator locator = new ConfigLocator(Optional.of(user));
    assertThat(locator.find(project.resolve("report.md"))).contains(dir.resolve("team/.sofslint.yml"));
    Path elsewhere = Files.createDirectories(dir.resolve("other"));
    assertThat(new ConfigLocator(Optional.of(user)).find(elsewhere.resolve("r.md"))).contains(user);
    assertThat(new ConfigLocator(Optional.of(dir.resolve("absent.yml"))).find(project.resolve("r.md")))
        .contains(dir.resolve("team/.sofslint.yml"));
  }
}
