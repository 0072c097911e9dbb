package org.sofslint.rules;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Loading every built-in pack and the template, as a fresh process does once: single shots in
 * fresh JVMs (cold) and after warm-up (warm), from the compiled form a run uses and from the
 * YAML it falls back to. Run with {@code bench/jmh PackLoadBenchmark}.
 */
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PackLoadBenchmark {
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @Fork(10)
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  public CompiledBuiltins.Contents coldCompiled() {
    return Builtins.load();
  }

  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @Fork(10)
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  public CompiledBuiltins.Contents coldYaml() {
    return Builtins.fromYaml();
  }

  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @Fork(1)
  @Warmup(iterations = 3, time = 2)
  @Measurement(iterations = 5, time = 2)
  public CompiledBuiltins.Contents warmCompiled() {
    return Builtins.load();
  }

  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @Fork(1)
  @Warmup(iterations = 3, time = 2)
  @Measurement(iterations = 5, time = 2)
  public CompiledBuiltins.Contents warmYaml() {
    return Builtins.fromYaml();
  }
}
