package org.sofslint.check;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.sofslint.TestKit;
import org.sofslint.document.Document;
import org.sofslint.document.SectionKind;
import org.sofslint.document.Sentence;
import org.sofslint.rules.Builtins;
import org.sofslint.rules.Rule;
import org.sofslint.rules.RulePack;

/**
 * The term matcher over already-tokenised sentences: its cost should follow the text's length,
 * not the number of rules. Run with {@code bench/jmh MatcherBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MatcherBenchmark {
  private static final String PARAGRAPH = "On 3 May Dad hit Sam and Sam was frightened. Mum is controlling and "
      + "in denial about the LAC review. The school is worried that if Mum keeps drinking, Sam will miss school. "
      + "Gran has looked after Sam every weekend since March, which the health visitor confirmed. ";

  /** How many term and pattern rules to compile: 100, or every one the built-in packs have. */
  @Param({"100", "all"})
  public String rules;

  /** The text's length, in copies of a 50-word paragraph. */
  @Param({"10", "40", "160"})
  public int paragraphs;

  private RuleSet ruleSet;
  private List<Sentence> sentences;
  private String text;

  @Setup
  public void setUp() throws Exception {
    List<Rule> words = Builtins.packs().stream().flatMap(p -> p.rules().stream())
        .filter(r -> r instanceof Rule.TermRule || r instanceof Rule.PatternRule).toList();
    List<Rule> chosen = rules.equals("all") ? words : words.subList(0, Math.min(100, words.size()));
    RulePack pack = new RulePack("bench", "Rules for the benchmark.", "bench.yml", chosen);
    ruleSet = RuleSet.compile(List.of(pack), CheckOptions.DEFAULTS, TestKit.PHRASE_KEYS, TestKit.TABLES);
    Document document = TestKit.markdown(PARAGRAPH.repeat(paragraphs));
    sentences = TestKit.NLP.sentences(document);
    text = document.text();
  }

  @Benchmark
  public int matchEverySentence() {
    int found = 0;
    for (Sentence sentence : sentences) {
      found += ruleSet.matches(text, sentence, SectionKind.OTHER).size();
    }
    return found;
  }
}
