package org.sofslint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sofslint.TestKit;
import org.sofslint.nlp.NlpModels.Model;

/** A run loads the models its rules need, starting before the first report is read, and no others. */
class ModelLoadingTest {
  private static final String REPORT = """
      # Assessment

      ## Danger statements

      The school is worried that Sam could be hurt if nothing changes.

      Mum is very controlling.
      """;

  @Test
  void aRunWithOnlyWordRulesNeverLoadsThePartOfSpeechModel() throws Exception {
    PackOptions options = new PackOptions();
    options.disable.add("signs-of-safety");
    Setups setups = new Setups(options, Optional.empty(), Optional.empty());
    Setup setup = setups.forConfig(Optional.empty());
    assertThat(setup.linter().check(TestKit.markdown(REPORT))).isNotEmpty();
    assertThat(setups.models().loaded()).containsExactly(Model.SENTENCES, Model.TOKENS);
  }

  @Test
  void theSignsOfSafetyChecksHaveThePartOfSpeechModelLoadedBeforeAnyReportIsRead() throws Exception {
    Setups setups = new Setups(new PackOptions(), Optional.empty(), Optional.empty());
    setups.forConfig(Optional.empty());
    // The three load on threads of their own, in no fixed order: wait for all, not for one.
    List<Model> all = List.of(Model.SENTENCES, Model.TOKENS, Model.PARTS_OF_SPEECH);
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (!setups.models().loaded().containsAll(all) && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(setups.models().loaded()).containsExactly(Model.SENTENCES, Model.TOKENS, Model.PARTS_OF_SPEECH);
  }
}
