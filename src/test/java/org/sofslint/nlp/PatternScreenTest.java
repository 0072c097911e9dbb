package org.sofslint.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.re2j.Pattern;
import java.util.BitSet;
import org.junit.jupiter.api.Test;

class PatternScreenTest {
  private static BitSet bits(int... indexes) {
    BitSet bits = new BitSet();
    for (int i : indexes) {
      bits.set(i);
    }
    return bits;
  }

  @Test
  void aPatternIsACandidateWhereItsRequiredTextAppearsInAnyCase() {
    PatternScreen screen = PatternScreen.builder()
        .add(0, Pattern.compile("\\bchaotic\\b", Pattern.CASE_INSENSITIVE))
        .add(1, Pattern.compile("\\bin denial\\b", Pattern.CASE_INSENSITIVE))
        .add(2, Pattern.compile("[A-Z]{3,}"))
        .build();
    assertThat(screen.candidates("Mum is IN DENIAL.")).isEqualTo(bits(1, 2));
    assertThat(screen.candidates("A chaotic home.")).isEqualTo(bits(0, 2));
    assertThat(screen.candidates("Sam is fine.")).isEqualTo(bits(2));
    assertThat(screen.candidates("Mum is in\n  denial.")).isEqualTo(bits(1, 2));
  }

  @Test
  void stringsInsideAndOverlappingOthersAreAllFound() {
    PatternScreen screen = PatternScreen.builder()
        .add(0, Pattern.compile("he"))
        .add(1, Pattern.compile("she"))
        .add(2, Pattern.compile("his"))
        .add(3, Pattern.compile("hers"))
        .build();
    assertThat(screen.candidates("ushers")).isEqualTo(bits(0, 1, 3));
    assertThat(screen.candidates("this")).isEqualTo(bits(2));
  }

  @Test
  void aPatternIsACandidateOnlyWhereEveryPartItNeedsAppears() {
    PatternScreen screen = PatternScreen.builder()
        .add(0, Pattern.compile("\\b(?:mum|dad|he|she)\\s+has\\s+(?:\\w+\\s+)?issues\\b", Pattern.CASE_INSENSITIVE))
        .add(1, Pattern.compile("\\bin denial\\b|\\bcontrolling\\s+\\w+\\s+behaviour", Pattern.CASE_INSENSITIVE))
        .build();
    assertThat(screen.candidates("Mum has money issues.")).isEqualTo(bits(0));
    assertThat(screen.candidates("Mum has a cat.")).isEqualTo(bits());
    assertThat(screen.candidates("There are issues.")).isEqualTo(bits());
    assertThat(screen.candidates("Dad is in denial.")).isEqualTo(bits(1));
    assertThat(screen.candidates("Dad's controlling and bossy behaviour.")).isEqualTo(bits(1));
    assertThat(screen.candidates("Dad's controlling manner.")).isEqualTo(bits());
  }
}
