package org.sofslint.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;
import org.sofslint.bench.CorpusGenerator;
import org.sofslint.document.Token;

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

  @Test
  void refinesAsTheRefinerDoesTheFirstTimeAndEveryTimeAfterOnEveryLineOfTheSamplesAndACorpusReportOfEachStyle() throws IOException {
    List<String> lines = new ArrayList<>(List.of(
        "Mum said: “He’s unkempt.” Dad (34) doesn't agree; Mum's fine.",
        "She was unkempt. He was unkempt.",
        "  e.g. Dr. Khan saw Sam's   room.  ",
        "a . , ' \"",
        "Odd\u00A0gaps:\u2003em\u000Bvt\u001Cfs\u0085nel\tend.\r\n",
        ""));
    try (Stream<Path> samples = Files.list(Path.of("samples"))) {
      for (Path sample : samples.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".txt")).sorted().toList()) {
        lines.addAll(Files.readAllLines(sample));
      }
    }
    Random random = new Random(7);
    for (CorpusGenerator.Style style : CorpusGenerator.Style.values()) {
      lines.addAll(CorpusGenerator.report(style, new CorpusGenerator.Length(3000, 1500, 4000), random).lines().toList());
    }
    for (int round = 0; round < 2; round++) {
      for (String line : lines) {
        assertThat(cached.tokens(line, 7)).as(line).containsExactlyElementsOf(refined(line, 7));
      }
    }
    assertThat(lines).hasSizeGreaterThan(1_000);
  }

  @Test
  void refinesExactlyAfterStartingAfreshWhenFull() {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      line.append("Word").append(i).append(i % 3 == 0 ? ", " : i % 3 == 1 ? "'s " : ". ");
    }
    String text = line.toString();

    assertThat(cached.tokens(text, 0)).containsExactlyElementsOf(refined(text, 0));
    assertThat(cached.tokens(text, 0)).containsExactlyElementsOf(refined(text, 0));
  }

  @Test
  void everyOccurrenceOfATokensTextIsTheSameString() {
    List<Token> tokens = cached.tokens("Mum said Mum's fine, and so did “Mum”, Mum.", 0);

    List<String> mums = tokens.stream().map(Token::text).filter("Mum"::equals).toList();
    assertThat(mums).hasSize(4);
    assertThat(mums).allSatisfy(mum -> assertThat(mum).isSameAs(mums.get(0)));
  }

  /** What sofslint's tokens were before the refined tokens were remembered: each token refined in turn. */
  private List<Token> refined(String text, int offset) {
    List<Token> tokens = new ArrayList<>();
    Span[] found = tokenizer.tokenizePos(text);
    for (int i = 0; i < found.length; i++) {
      for (int[] part : TokenRefiner.split(text, found[i].getStart(), found[i].getEnd(), i == found.length - 1)) {
        tokens.add(new Token(new org.sofslint.document.Span(offset + part[0], offset + part[1]),
            text.substring(part[0], part[1])));
      }
    }
    return tokens;
  }
}
