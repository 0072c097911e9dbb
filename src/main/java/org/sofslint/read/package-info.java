/**
 * Readers that turn a file into a {@code Document} (Markdown, plain text, Word .docx), and the
 * section classification they share. The Word body walk is public because the annotator in
 * {@code report} must place comments on the paragraphs this package read.
 */
package org.sofslint.read;
