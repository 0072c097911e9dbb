package org.sofslint.read;

/** A decoded input: the path to name it by, and its text. */
public record SourceText(String path, String content) {}
