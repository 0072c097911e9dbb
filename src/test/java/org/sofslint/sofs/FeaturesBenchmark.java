package org.sofslint.sofs;

import java.util.List;
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
import org.sofslint.document.Document;
import org.sofslint.document.SectionKind;
import org.sofslint.document.Sentence;
import org.sofslint.nlp.SentenceTags;

/**
 * The statement features (tense, who is worried, child, behaviour, impact, time) of
 * one danger statement, warm: the Signs of Safety checks' cost per statement, tagging included,
 * sentence splitting not. Run with {@code bench/jmh FeaturesBenchmark}.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@BenchmarkMode(Mode.AverageTime)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class FeaturesBenchmark {
  private static final String DANGER = "Priya at Northfield Children's Services and the school are worried that if "
      + "Dad keeps drinking until he falls asleep when he is looking after Sam, Sam could get out of the flat "
      + "and be hit by a car, and she will keep feeling scared at night.";

  private Document document;
  private List<Sentence> sentences;

  @Setup
  public void setUp() {
    document = TestKit.paragraph(DANGER, SectionKind.DANGER);
    sentences = TestKit.NLP.sentences(document);
  }

  @Benchmark
  public Features oneDangerStatement() {
    Review review = new Review(document, sentences, new SentenceTags(TestKit.NLP), TestKit.FEATURES, List.of());
    return review.features(review.statements().get(0));
  }
}
