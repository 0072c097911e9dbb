/** Readers that turn a file into a {@code Document}, and the section classification they share. */
package org.sofslint.read;
