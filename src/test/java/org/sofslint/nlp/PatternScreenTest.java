package org.sofslint.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.re2j.Pattern;
import com.google.re2j.RequiredLiterals;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
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

  @Test
  void findsWhatASearchForEachStringFindsInRandomTextsWithDeepOverlaps() {
    // Few letters, so strings overlap and a sentence runs through deep states and long fallbacks.
    String letters = "aab ’é-";
    Random random = new Random(11);
    List<String> strings = new ArrayList<>();
    PatternScreen.Builder builder = PatternScreen.builder();
    for (int slot = 0; slot < 300; slot++) {
      String string = randomText(random, letters, 1 + random.nextInt(8)).replaceAll(" +", " ");
      strings.add(string);
      builder.add(slot, Optional.of(List.of(new RequiredLiterals.Branch(List.of(Set.of(string))))));
    }
    PatternScreen screen = builder.build();
    PatternScreen readBack = writtenAndRead(screen);
    int found = 0;
    for (int i = 0; i < 2_000; i++) {
      String text = randomText(random, letters + "AZ\t", random.nextInt(60));
      String folded = folded(text);
      BitSet expected = new BitSet();
      for (int slot = 0; slot < strings.size(); slot++) {
        if (folded.contains(strings.get(slot))) {
          expected.set(slot);
        }
      }
      assertThat(screen.candidates(text)).as(text).isEqualTo(expected);
      assertThat(readBack.candidates(text)).as(text).isEqualTo(expected);
      found += expected.cardinality();
    }
    assertThat(found).isGreaterThan(10_000);
  }

  @Test
  void aScreenWhoseStatesAreNotNumberedBreadthFirstIsRefused() throws IOException {
    PatternScreen screen = PatternScreen.builder()
        .add(0, Optional.of(List.of(new RequiredLiterals.Branch(List.of(Set.of("a"))))))
        .add(1, Optional.of(List.of(new RequiredLiterals.Branch(List.of(Set.of("b"))))))
        .build();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    screen.write(new DataOutputStream(bytes));
    // The root's edges, "a" to state 1 and "b" to state 2, made to lead to 2 and 1: the same
    // automaton, numbered otherwise, whose rows the screen would read as another state's.
    ByteBuffer written = ByteBuffer.wrap(bytes.toByteArray());
    int targets = 4 + 4 * 4 + 4 + 2 * 2 + 4;
    assertThat(written.getInt(targets)).isEqualTo(1);
    assertThat(written.getInt(targets + 4)).isEqualTo(2);
    written.putInt(targets, 2).putInt(targets + 4, 1);

    assertThatThrownBy(() -> PatternScreen.read(new DataInputStream(new ByteArrayInputStream(written.array()))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("breadth first");
  }

  private static PatternScreen writtenAndRead(PatternScreen screen) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      screen.write(new DataOutputStream(bytes));
      return PatternScreen.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String randomText(Random random, String letters, int length) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      text.append(letters.charAt(random.nextInt(letters.length())));
    }
    return text.toString();
  }

  /** The text as the screen reads it: each character folded, and a run of spaces as one. */
  private static String folded(String text) {
    StringBuilder folded = new StringBuilder();
    for (char c : text.toCharArray()) {
      char f = RequiredLiterals.fold(c);
      if (f != ' ' || folded.length() == 0 || folded.charAt(folded.length() - 1) != ' ') {
        folded.append(f);
      }
    }
    return folded.toString();
  }
}
