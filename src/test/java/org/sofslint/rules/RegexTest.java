package org.sofslint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import org.junit.jupiter.api.Test;

class RegexTest {
  @Test
  void aKnownExpressionIsCompiledOnlyWhenFirstMatched() {
    Regex unbalanced = Regex.known("(never checked", 0);

    assertThat(unbalanced.source()).isEqualTo("(never checked");
    assertThatThrownBy(unbalanced::compiled).isInstanceOf(PatternSyntaxException.class);
  }

  @Test
  void compiledOnceAndEqualToTheSameExpressionCompiledEarlier() {
    Regex lazy = Regex.known("\\bin denial\\b", Pattern.CASE_INSENSITIVE);
    Regex eager = Regex.of(Pattern.compile("\\bin denial\\b", Pattern.CASE_INSENSITIVE));

    assertThat(lazy).isEqualTo(eager).hasSameHashCodeAs(eager);
    assertThat(lazy).isNotEqualTo(Regex.known("\\bin denial\\b", 0));
    assertThat(lazy.compiled()).isSameAs(lazy.compiled());
    assertThat(lazy.compiled().matcher("Mum is IN DENIAL.").find()).isTrue();
  }
}
