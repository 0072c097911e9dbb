package org.sofslint.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TermNormaliserTest {
  private final TermNormaliser normaliser = new TermNormaliser();

  @Test
  void inflectionsShareAKey() {
    assertThat(normaliser.foldedKeys("Controlling")).containsExactly("control");
    assertThat(normaliser.foldedKeys("controls")).containsExactly("control");
    assertThat(normaliser.foldedKeys("CONTROLLED")).containsExactly("control");
  }

  @Test
  void derivedWordsStayApart() {
    assertThat(normaliser.foldedKeys("alcoholic")).isNotEqualTo(normaliser.foldedKeys("alcohol"));
  }

  @Test
  void hyphensSplitAWordIntoKeys() {
    assertThat(normaliser.foldedKeys("non-compliant")).containsExactly("non", "compliant");
    assertThat(normaliser.exactKeys("S-47")).containsExactly("S", "47");
  }

  @Test
  void exactKeysKeepCase() {
    assertThat(normaliser.exactKeys("LAC")).containsExactly("LAC");
    assertThat(normaliser.foldedKeys("Mum’s")).containsExactly("mum's");
  }
}
