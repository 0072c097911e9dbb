package org.sofslint.document;

/**
 * A comment in the source that is not report text (a Markdown HTML comment), kept because it
 * may carry a directive such as {@code sofslint-disable}; {@code line} is where it ends.
 */
public record SourceComment(String text, int line) {}
