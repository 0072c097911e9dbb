package org.sofslint.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SpanTest {
  @Test
  void isHalfOpen() {
    assertThat(new Span(0, 3).overlaps(new Span(3, 5))).isFalse();
    assertThat(new Span(0, 4).overlaps(new Span(3, 5))).isTrue();
    assertThat(new Span(0, 5).contains(new Span(1, 5))).isTrue();
    assertThat(new Span(2, 5).length()).isEqualTo(3);
  }

  @Test
  void refusesABackwardsRange() {
    assertThatThrownBy(() -> new Span(5, 4)).isInstanceOf(IllegalArgumentException.class);
  }
}
