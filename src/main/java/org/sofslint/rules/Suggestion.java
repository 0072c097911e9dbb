package org.sofslint.rules;

/** What a rule offers instead of the flagged words. */
public sealed interface Suggestion {
  String text();

  /** Words that can always stand in for the match, one for one. */
  record Rewrite(String text) implements Suggestion {}

  /** Guidance for the writer, often with placeholders such as {@code [name]}. */
  record Advice(String text) implements Suggestion {}
}
