package org.sofslint.bench;

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
import org.sofslint.check.CheckOptions;
import org.sofslint.check.Linter;
import org.sofslint.document.Document;
import org.sofslint.rules.Builtins;

/**
 * Whole reports, read and checked with every built-in pack and check, once the JIT has compiled
 * the hot code: the steady state a long batch reaches, apart from start-up and compiling, which
 * {@code bench/run} measures with them. Twelve corpus reports, two of each template style, 1,500
 * to 4,000 words. Run with {@code bench/jmh ReportBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 4)
@Measurement(iterations = 5, time = 4)
@Fork(1)
public class ReportBenchmark {
  private record Source(String text, boolean markdown) {}

  private final List<Source> reports = new ArrayList<>();
  private Linter linter;
  private BarePipeline.Tools bare;

  @Setup
  public void setUp() {
    Random seeds = new Random(42);
    for (int i = 0; i < 2 * CorpusGenerator.Style.values().length; i++) {
      Random random = new Random(seeds.nextLong());
      CorpusGenerator.Style style = CorpusGenerator.style(i);
      int words = 1500 + random.nextInt(2501);
      String text = CorpusGenerator.report(style, new CorpusGenerator.Length(words, 1500, 4000), random);
      reports.add(new Source(text, style.extension.equals("md")));
    }
    linter = TestKit.linter(Builtins.packs(), CheckOptions.DEFAULTS);
    bare = BarePipeline.Models.load(false).tools();
  }

  /** Milliseconds for all twelve reports; the findings are counted so that none is optimised away. */
  @Benchmark
  public int readAndCheckTwelveReports() {
    int findings = 0;
    for (Source report : reports) {
      Document document = report.markdown() ? TestKit.markdown(report.text()) : TestKit.plainText(report.text());
      findings += linter.check(document).size();
    }
    return findings;
  }

  /**
   * The same twelve reports through the bare pipeline {@code bench/run} compares with
   * ({@link BarePipeline}: every sentence split, tokenized and tagged, sofslint's settings), so
   * the two benchmarks give sofslint's share of the practical limit once both are compiled.
   */
  @Benchmark
  public int bareOpenNlpTwelveReports() {
    int tagged = 0;
    for (Source report : reports) {
      tagged += bare.tagEverySentence(report.text());
    }
    return tagged;
  }
}
