/** The document model: normalised text, its blocks and sections, and the map back to the source. */
package org.sofslint.document;
