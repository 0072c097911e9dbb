package org.sofslint.nlp;

import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.sentdetect.EndOfSentenceScanner;
import opennlp.tools.sentdetect.SentenceDetectorFactory;

/**
 * OpenNLP's sentence detector factory, giving the detector an {@link EndOfSentenceTable}; all
 * else is OpenNLP's. Public, with a constructor taking nothing, because a model writes its
 * factory's class name into its manifest and OpenNLP makes the factory again from that name.
 */
public final class TableScanningFactory extends SentenceDetectorFactory {
  public TableScanningFactory() {}

  TableScanningFactory(String languageCode, boolean useTokenEnd, Dictionary abbreviations, char[] endOfSentence) {
    super(languageCode, useTokenEnd, abbreviations, endOfSentence);
  }

  @Override
  public EndOfSentenceScanner getEndOfSentenceScanner() {
    return new EndOfSentenceTable(getEOSCharacters());
  }
}
