/** Renderers: they print what they are given and decide nothing. */
package org.sofslint.report;
