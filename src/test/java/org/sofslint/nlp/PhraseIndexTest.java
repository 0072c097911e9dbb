package org.sofslint.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sofslint.TestKit;
import org.sofslint.document.Token;

class PhraseIndexTest {
  private final PhraseKeys keys = PhraseKeys.computed(TestKit.NORMALISER, TestKit.NLP);

  private List<Token> tokens(String text) {
    return TestKit.NLP.tokens(text, 0, text.length());
  }

  private static List<String> found(PhraseIndex<String> index, List<Token> tokens) {
    return index.find(tokens).stream().map(m -> m.value() + "@" + m.first() + "-" + m.last()).toList();
  }

  @Test
  void aValueWhosePhrasesCoverTheSameWordsIsFoundOnceThere() {
    String label = "controlling";
    PhraseIndex<String> index = PhraseIndex.<String>builder(keys)
        .add("controlling", false, label)
        .add("controls", false, label)
        .add("Controlling", false, label)
        .build();

    assertThat(found(index, tokens("He was controlling and controls the money."))).containsExactly(
        "controlling@2-2", "controlling@4-4");
  }

  @Test
  void differentValuesOverTheSameWordsAreAllKeptInTheOrderTheyWereAdded() {
    PhraseIndex<String> index = PhraseIndex.<String>builder(keys)
        .add("in denial", false, new String("label"))
        .add("denial", false, "word")
        .add("in denial", false, new String("label"))
        .build();

    assertThat(found(index, tokens("Mum is in denial."))).containsExactly(
        "label@2-3", "label@2-3", "word@3-3");
  }

  @Test
  void matchesComeInTheOrderOfWhereTheyStartThenEnd() {
    PhraseIndex<String> index = PhraseIndex.<String>builder(keys)
        .add("drinks", false, "drinks")
        .add("Mum drinks", true, "mum drinks")
        .add("Mum", true, "mum")
        .build();

    assertThat(found(index, tokens("Mum drinks."))).containsExactly(
        "mum@0-0", "mum drinks@0-1", "drinks@1-1");
  }
}
