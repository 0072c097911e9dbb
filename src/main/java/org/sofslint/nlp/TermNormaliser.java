package org.sofslint.nlp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Turns a token into the keys terms are matched on. Folded keys are lower-cased and reduced
 * with Lucene's KStem, which behaves like a lemmatizer for inflections (controls, controlled,
 * controlling all become "control") but keeps derived words apart ("alcoholic" is not
 * "alcohol"), at a small fraction of the OpenNLP lemmatizer's cost. Hyphenated words give one
 * key per part, so "non-compliant" and "non compliant" match alike. Thread-safe.
 */
public final class TermNormaliser {
  private static final String HYPHENS = "-‐‑–";

  private final Analyzer analyzer =
      new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
          Tokenizer source = new KeywordTokenizer();
          return new TokenStreamComponents(source, new KStemFilter(new LowerCaseFilter(source)));
        }
      };

  /** Keys for matching regardless of case and inflection. */
  public List<String> foldedKeys(String token) {
    List<String> keys = new ArrayList<>(1);
    for (String part : parts(token)) {
      keys.add(stem(part.toLowerCase(Locale.ROOT).replace('’', '\'')));
    }
    return keys;
  }

  /** Keys for exact matching, as acronyms need ("LAC" but not "lac"). */
  public List<String> exactKeys(String token) {
    return parts(token);
  }

  private static List<String> parts(String token) {
    List<String> parts = new ArrayList<>(1);
    int start = 0;
    for (int i = 0; i <= token.length(); i++) {
      if (i == token.length() || HYPHENS.indexOf(token.charAt(i)) >= 0) {
        if (i > start) {
          parts.add(token.substring(start, i));
        }
        start = i + 1;
      }
    }
    return parts;
  }

  private String stem(String word) {
    try (TokenStream stream = analyzer.tokenStream("", word)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      String result = stream.incrementToken() ? term.toString() : word;
      stream.end();
      return result;
    } catch (IOException e) {
      throw new UncheckedIOException("term analysis cannot fail on a string", e);
    }
  }
}
