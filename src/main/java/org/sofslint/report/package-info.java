/**
 * Renderers: they print what they are given and decide nothing. {@code WordAnnotator} writes
 * the findings into a copy of a Word document as comments.
 */
package org.sofslint.report;
