/** Sentences, tokens, part-of-speech tags, lemmas and term normalisation, safe to share across threads. */
package org.sofslint.nlp;
