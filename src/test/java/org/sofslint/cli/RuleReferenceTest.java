package org.sofslint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.sofslint.Golden;
import org.sofslint.rules.Builtins;

/** docs/rules.md is the reference `sofslint rules --format markdown` writes, kept up to date. */
class RuleReferenceTest {
  @Test
  void theCommittedReferenceIsUpToDate() {
    Cli.Result result = Cli.run("rules", "--format", "markdown");
    assertThat(result.code()).isZero();
    assertThat(result.out()).contains("### `label.controlling`", "**Why:**", "Not flagged:");
    Builtins.packs().forEach(pack -> pack.rules().forEach(rule -> assertThat(result.out()).contains("### `" + rule.id() + "`")));
    Golden.check(Path.of("docs", "rules.md"), result.out());
  }
}
