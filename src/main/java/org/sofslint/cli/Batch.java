package org.sofslint.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a check over many inputs on {@code jobs} threads and hands the results on in input
 * order, so output does not depend on the thread count. Only a few results wait at a time, so
 * memory does not grow with the number of inputs.
 */
final class Batch {
  private static final int QUEUED_PER_THREAD = 4;

  private Batch() {}

  static <I, O> void run(List<I> inputs, int jobs, Function<I, O> work, Consumer<O> sink) {
    if (jobs <= 1) {
      inputs.forEach(input -> sink.accept(work.apply(input)));
      return;
    }
    AtomicInteger threadNumber = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(jobs, task -> {
      Thread thread = new Thread(task, "sofslint-" + threadNumber.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
    try {
      Deque<Future<O>> waiting = new ArrayDeque<>();
      for (I input : inputs) {
        waiting.add(pool.submit(() -> work.apply(input)));
        if (waiting.size() >= jobs * QUEUED_PER_THREAD) {
          sink.accept(result(waiting.poll()));
        }
      }
      while (!waiting.isEmpty()) {
        sink.accept(result(waiting.poll()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static <O> O result(Future<O> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while checking", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
