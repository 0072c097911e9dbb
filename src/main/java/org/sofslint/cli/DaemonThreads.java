package org.sofslint.cli;

import java.util.concurrent.Executor;

/**
 * Runs each task on a new daemon thread of its own: for the few background jobs of a run
 * (reading the built-in rules, loading models, a report's second half), which must never keep
 * the process alive after its answer is printed.
 */
final class DaemonThreads implements Executor {
  private final String name;

  DaemonThreads(String name) {
    this.name = name;
  }

  @Override
  public void execute(Runnable task) {
    Thread thread = new Thread(task, name);
    thread.setDaemon(true);
    thread.start();
  }
}
