/** Sentences, tokens, part-of-speech tags and term normalisation, safe to share across threads. */
package org.sofslint.nlp;
