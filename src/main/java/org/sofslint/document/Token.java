package org.sofslint.document;

/** A word or punctuation mark, with its text as it appears in the document. */
public record Token(Span span, String text) {}
