package org.sofslint.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.sofslint.bench.CorpusGenerator;
import org.sofslint.document.Document;
import org.sofslint.rules.Builtins;

/**
 * Reading one 2,500-word report into a {@link Document}, as Markdown and as the same report in
 * Word (made by {@link org.sofslint.bench.WordCorpus}): the cost of the reader alone, warm. The
 * set-up writes Word files with POI, so a "cold" read here would find POI loaded already; the
 * cold cost is measured on whole runs instead (docs/benchmarks.md). Run with
 * {@code bench/jmh ReaderBenchmark}.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReaderBenchmark {
  /** Report 0 is Markdown with headings, report 1 a Markdown mapping table. */
  @Param({"0", "1"})
  public int report;

  private Path markdown;
  private Path word;
  private MarkdownReader markdownReader;
  private WordReader wordReader;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    Path dir = Files.createTempDirectory("sofslint-reader-bench");
    CorpusGenerator.main(new String[] {dir.resolve("md").toString(), "2", "2500", "42"});
    org.sofslint.bench.WordCorpus.main(new String[] {dir.resolve("md").toString(), dir.resolve("docx").toString()});
    markdown = dir.resolve(String.format("md/report-%05d.md", report));
    word = dir.resolve(String.format("docx/report-%05d.docx", report));
    SectionClassifier classifier = new SectionClassifier(Builtins.defaultTemplate());
    markdownReader = new MarkdownReader(classifier);
    wordReader = new WordReader(classifier);
  }

  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @Fork(1)
  @Warmup(iterations = 3, time = 2)
  @Measurement(iterations = 5, time = 2)
  public Document warmMarkdown() throws IOException {
    return markdownReader.read(Files.readString(markdown));
  }

  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @Fork(1)
  @Warmup(iterations = 3, time = 2)
  @Measurement(iterations = 5, time = 2)
  public Document warmWord() throws InputException {
    return wordReader.read(word);
  }
}
