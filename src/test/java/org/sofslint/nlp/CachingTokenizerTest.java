package org.sofslint.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import org.junit.jupiter.api.Test;

class CachingTokenizerTest {
  private static final TokenizerModel MODEL = NlpModels.wordsWhole(NlpModels.stockTokens());

  private final TokenizerME tokenizer = new TokenizerME(MODEL);
  private final CachingTokenizer cached = new CachingTokenizer(MODEL);

  @Test
  void splitsAsTheTokenizerDoesTheFirstTimeAndEveryTimeAfter() {
    List<String> lines = List.of(
        "On 3 March, Mum said: \"Sam's fine.\"",
        "  Dad (aged 34) hasn't   been seen since 9pm; e.g. at Gran's.  ",
        "Zoë’s worker—Ms. Khan—called at 10:30, i.e. late.",
        "",
        "x , y");
    for (int round = 0; round < 2; round++) {
      for (String line : lines) {
        assertThat(cached.tokenizePos(line)).as(line).containsExactly(tokenizer.tokenizePos(line));
      }
    }
  }

  @Test
  void staysExactAfterStartingAfreshWhenFull() {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      line.append("word").append(i).append(i % 2 == 0 ? ", " : "'s ");
    }
    String text = line.toString();

    assertThat(cached.tokenizePos(text)).containsExactly(tokenizer.tokenizePos(text));
    assertThat(cached.tokenizePos(text)).containsExactly(tokenizer.tokenizePos(text));
  }
}
