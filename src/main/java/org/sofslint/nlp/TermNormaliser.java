package org.sofslint.nlp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.sofslint.document.Token;

/**
 * Turns a token into the keys terms are matched on. Folded keys are lower-cased and reduced
 * with Lucene's KStem, which behaves like a lemmatizer for inflections (controls, controlled,
 * controlling all become "control") but keeps derived words apart ("alcoholic" is not
 * "alcohol"), at a small fraction of the OpenNLP lemmatizer's cost. Hyphenated words give one
 * key per part, so "non-compliant" and "non compliant" match alike. Thread-safe; the keys it
 * returns are immutable.
 */
public final class TermNormaliser {
  private static final String HYPHENS = "-‐‑–";
  /**
   * A report's vocabulary is a few thousand words, each seen many times and each costing a
   * Lucene analysis to stem, so every thread keeps the keys of the words it saw last; the
   * table is emptied when it reaches this size, which bounds its memory (a few MB).
   */
  private static final int RECENT_WORDS = 50_000;

  /** Per thread, so no lock: mutable, but only its own thread reads or writes it. */
  private final ThreadLocal<StringTable<WordKeys>> recentWords = ThreadLocal.withInitial(StringTable::new);

  /**
   * A word of running text as both tries of a {@link PhraseIndex} read it, part by part, each
   * part's candidate keys: {@link #textKeys} and, for phrases that match case, each part as its
   * own only candidate. Arrays, because the walks read them for every word (lists cost an iterator
   * a read); never written after they are made. {@code textKeys} holds {@code folded} as lists.
   */
  record WordKeys(String[][] folded, String[][] exact, List<List<String>> textKeys) {}

  private final Analyzer analyzer =
      new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
          Tokenizer source = new KeywordTokenizer();
          return new TokenStreamComponents(source, new KStemFilter(new LowerCaseFilter(source)));
        }
      };

  /**
   * Builds the stemmer's dictionary now (about 20 ms cold, once per process), so that a thread
   * with nothing else to do can pay for it before the first word is stemmed.
   */
  public static void prepare() {
    new TermNormaliser().foldedKeys("reports");
  }

  /** Keys for matching regardless of case and inflection. */
  public List<String> foldedKeys(String token) {
    List<String> keys = new ArrayList<>(1);
    for (String part : parts(token)) {
      keys.add(stem(part.toLowerCase(Locale.ROOT).replace('’', '\'')));
    }
    return keys;
  }

  /**
   * What each part of a word in running text may stand for: its folded key first, then, when
   * KStem left an inflected-looking word as it was (it keeps words it knows, such as "pushed",
   * "kicks", "scared", "crying"), the base forms that plain suffix rules give ("push", "kick",
   * "scare", "cry"). Terms and cues are written in base form, so any one of these may match.
   */
  public List<List<String>> textKeys(String token) {
    return wordKeys(token).textKeys();
  }

  /**
   * Both ways of reading {@code token}, worked out once per thread for recent words. The keys are
   * the JVM's own strings ({@link String#intern}), as a {@link PhraseIndex}'s are, so a key found
   * in a trie is equal at the first test instead of character by character.
   */
  WordKeys wordKeys(String token) {
    return wordKeys(token, recentWords.get());
  }

  /** Each token's {@link #wordKeys}, finding the thread's table once. */
  WordKeys[] wordKeys(List<Token> tokens) {
    StringTable<WordKeys> known = recentWords.get();
    WordKeys[] keys = new WordKeys[tokens.size()];
    for (int t = 0; t < keys.length; t++) {
      keys[t] = wordKeys(tokens.get(t).text(), known);
    }
    return keys;
  }

  private WordKeys wordKeys(String token, StringTable<WordKeys> known) {
    WordKeys keys = known.get(token);
    if (keys == null) {
      if (known.size() >= RECENT_WORDS) {
        known.clear();
      }
      String[][] folded = computeTextKeys(token);
      keys = new WordKeys(folded,
          exactKeys(token).stream().map(key -> new String[] {key.intern()}).toArray(String[][]::new),
          Arrays.stream(folded).map(List::of).toList());
      known.put(token, keys);
    }
    return keys;
  }

  private String[][] computeTextKeys(String token) {
    List<String[]> keys = new ArrayList<>(1);
    for (String part : parts(token)) {
      String word = part.toLowerCase(Locale.ROOT).replace('’', '\'');
      String stem = stem(word);
      List<String> candidates = new ArrayList<>(3);
      candidates.add(stem.intern());
      if (stem.equals(word)) {
        for (String base : bases(word)) {
          if (!candidates.contains(base)) {
            candidates.add(base.intern());
          }
        }
      }
      keys.add(candidates.toArray(String[]::new));
    }
    return keys.toArray(String[][]::new);
  }

  /** Base forms by suffix: "-ies"/"-ied" to "-y", "-ing", "-ed" and "-s" off (with or without a final e). */
  private static List<String> bases(String w) {
    int n = w.length();
    List<String> bases = new ArrayList<>(2);
    if (n > 4 && (w.endsWith("ies") || w.endsWith("ied"))) {
      bases.add(w.substring(0, n - 3) + "y");
    } else if (n > 5 && w.endsWith("ing")) {
      addStem(bases, w.substring(0, n - 3));
      bases.add(w.substring(0, n - 3) + "e");
    } else if (n > 4 && w.endsWith("ed")) {
      addStem(bases, w.substring(0, n - 2));
      bases.add(w.substring(0, n - 1));
    } else if (n > 3 && w.endsWith("es")) {
      bases.add(w.substring(0, n - 1));
      bases.add(w.substring(0, n - 2));
    } else if (n > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
      bases.add(w.substring(0, n - 1));
    }
    return bases;
  }

  /** "slapp" gives "slapp" and "slap": a doubled last consonant may belong to the suffix. */
  private static void addStem(List<String> bases, String stem) {
    bases.add(stem);
    int n = stem.length();
    if (n > 2 && stem.charAt(n - 1) == stem.charAt(n - 2) && "bdgmnprt".indexOf(stem.charAt(n - 1)) >= 0) {
      bases.add(stem.substring(0, n - 1));
    }
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
