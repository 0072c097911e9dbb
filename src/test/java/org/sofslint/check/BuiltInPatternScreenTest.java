package org.sofslint.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sofslint.nlp.PatternScreen;
import org.sofslint.rules.Builtins;
import org.sofslint.rules.Rule;
import org.sofslint.rules.RulePack;

/** The screen the pattern rules run behind, over the built-in packs' own patterns and examples. */
class BuiltInPatternScreenTest {
  @Test
  void noBuiltInPatternIsSkippedWhereItWouldMatch() throws IOException {
    List<Rule.PatternRule> rules = new ArrayList<>();
    List<String> sentences = new ArrayList<>(CleanCorpusTest.sentences());
    for (RulePack pack : Builtins.packs()) {
      for (Rule rule : pack.rules()) {
        sentences.addAll(rule.info().examples().flag());
        sentences.addAll(rule.info().examples().pass());
        if (rule instanceof Rule.PatternRule pattern) {
          rules.add(pattern);
        }
      }
    }
    PatternScreen.Builder builder = PatternScreen.builder();
    for (int i = 0; i < rules.size(); i++) {
      builder.add(i, rules.get(i).pattern().compiled());
    }
    PatternScreen screen = builder.build();
    int matched = 0;
    int screenedOut = 0;
    for (String sentence : sentences) {
      BitSet candidates = screen.candidates(sentence);
      for (int i = 0; i < rules.size(); i++) {
        boolean matches = rules.get(i).pattern().compiled().matcher(sentence).find();
        if (matches) {
          matched++;
          assertThat(candidates.get(i)).as("%s on \"%s\"", rules.get(i).id(), sentence).isTrue();
        } else if (!candidates.get(i)) {
          screenedOut++;
        }
      }
    }
    assertThat(matched).as("pattern matches checked").isGreaterThan(200);
    assertThat(screenedOut).as("pattern runs saved").isGreaterThan(sentences.size() * rules.size() / 2);
  }
}
