package org.sofslint.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.sofslint.TestKit;
import org.sofslint.bench.CorpusGenerator;
import org.sofslint.document.Document;
import org.sofslint.document.Sentence;
import org.sofslint.nlp.PatternScreen;

/**
 * The built-in pattern rules' screen ({@link PatternScreen}) over every sentence of six corpus
 * reports, one of each template style: it reads every character of every sentence, so its cost
 * per character is what counts. Most batches run with C1 alone (see docs/benchmarks.md), so
 * compare with {@code bench/jmh ScreenBenchmark -jvmArgs -XX:TieredStopAtLevel=1} too.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ScreenBenchmark {
  private final List<String> sentences = new ArrayList<>();
  private PatternScreen screen;

  @Setup
  public void setUp() {
    Random random = new Random(42);
    for (CorpusGenerator.Style style : CorpusGenerator.Style.values()) {
      String text = CorpusGenerator.report(style, new CorpusGenerator.Length(2500, 1500, 4000), random);
      Document document = style == CorpusGenerator.Style.PLAIN_EXPORT ? TestKit.plainText(text) : TestKit.markdown(text);
      for (Sentence sentence : TestKit.NLP.sentences(document)) {
        sentences.add(document.text().substring(sentence.span().start(), sentence.span().end()));
      }
    }
    screen = TestKit.TABLES.screen();
  }

  /** Microseconds for every sentence; the candidates are counted so that none is optimised away. */
  @Benchmark
  public int screenEverySentence() {
    int candidates = 0;
    for (String sentence : sentences) {
      candidates += screen.candidates(sentence).cardinality();
    }
    return candidates;
  }
}
