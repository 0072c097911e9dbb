package org.sofslint.sofs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sofslint.bench.CorpusGenerator;

class ScalingCheckTest {
  @Test
  void theRatingExpressionsGuardChangesNoMatchOnTheSamplesCorpusReportsAndRandomScalingText() throws IOException {
    Pattern unguarded = Pattern.compile(ScalingCheck.RATING.pattern().replace(ScalingCheck.WORTH_LOOKING_BEHIND, ""));
    assertThat(unguarded.pattern()).isNotEqualTo(ScalingCheck.RATING.pattern());
    List<String> texts = new ArrayList<>();
    try (Stream<Path> samples = Files.list(Path.of("samples"))) {
      for (Path sample : samples.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".txt")).sorted()
          .toList()) {
        texts.add(Files.readString(sample));
      }
    }
    Random random = new Random(3);
    for (CorpusGenerator.Style style : CorpusGenerator.Style.values()) {
      texts.add(CorpusGenerator.report(style, new CorpusGenerator.Length(3000, 1500, 4000), random));
    }
    List<String> words = List.of("Mum", "dad", "said", "gave", "at", "a", "is", "out", "of", "and", "scale", "means",
        "zero", "One", "two", "three", "four", "five", "six", "Seven", "eight", "nine", "ten", "eleven", "twelve",
        "fifteen", "twenty", "0", "5", "10", "7.5", "-3", "12", ",", ";", ".", ":", "-", "/", "=", "–", "(");
    List<String> gaps = List.of(" ", " ", " ", "  ", "\n", "\t", "");
    for (int i = 0; i < 3_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int k = random.nextInt(30); k > 0; k--) {
        text.append(words.get(random.nextInt(words.size()))).append(gaps.get(random.nextInt(gaps.size())));
      }
      texts.add(text.toString());
    }
    long ratings = 0;
    for (String text : texts) {
      List<String> expected = matches(unguarded, text);
      assertThat(matches(ScalingCheck.RATING, text)).as(text).isEqualTo(expected);
      ratings += expected.size();
    }
    assertThat(ratings).isGreaterThan(4_000);
  }

  private static List<String> matches(Pattern pattern, String text) {
    List<String> found = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      found.add(m.start() + "-" + m.end() + " " + m.group(1) + " " + m.group(2) + " " + m.group(3));
    }
    return found;
  }
}
