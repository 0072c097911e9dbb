package org.sofslint.nlp;

import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.SequenceValidator;

/**
 * Part-of-speech tags as OpenNLP's tagger gives them with a beam of one ({@link NlpModels#greedy}),
 * without the beam search around the model: for each word, the likeliest tag its tag dictionary
 * allows, the first in the model's order where two are equally likely, just as the beam keeps
 * them. The beam search sorts all 17 probabilities of every word to find the largest, keeps a
 * queue and copies the tags so far twice per word, and builds a cache key per word that a beam
 * of one never uses again; over a report that was about a tenth of tagging. Where the beam
 * search would give up (a tag sequence so unlikely that it falls below OpenNLP's floor, or a
 * word the dictionary allows no tag for) the sentence goes to OpenNLP's tagger, so the tags are
 * always its tags. Not thread-safe, like OpenNLP's tagger: one per thread.
 */
public final class GreedyTagger {
  /** The score below which OpenNLP's beam search drops a sequence ({@code BeamSearch.zeroLog}). */
  private static final double FLOOR = -100_000;
  private static final Object[] NO_ADDITIONAL_CONTEXT = new Object[0];

  private final MaxentModel model;
  private final POSContextGenerator contexts;
  private final SequenceValidator<String> dictionary;
  private final POSTaggerME beamSearch;
  private final double[] probabilities;

  /** A tagger for {@code model}, whose beam must be one: the tags are that tagger's. */
  public GreedyTagger(POSModel model) {
    if (!"1".equals(model.getManifestProperty(opennlp.tools.ml.BeamSearch.BEAM_SIZE_PARAMETER))) {
      throw new IllegalArgumentException("a greedy tagger gives the tags of a beam of one only");
    }
    this.model = model.getArtifact(NlpModels.TAGGER_MAXENT);
    // No context cache: with one sequence every word's context is asked for once.
    this.contexts = model.getFactory().getPOSContextGenerator(0);
    this.dictionary = model.getFactory().getSequenceValidator();
    this.beamSearch = new POSTaggerME(model);
    this.probabilities = new double[this.model.getNumOutcomes()];
  }

  /** One tag per word of a sentence. */
  public String[] tag(String[] words) {
    // Only the two tags before a word are read, so one array serves every word's context.
    String[] tags = new String[words.length];
    double score = 0;
    for (int i = 0; i < words.length; i++) {
      double[] scores = model.eval(contexts.getContext(i, words, tags, NO_ADDITIONAL_CONTEXT), probabilities);
      int best = likeliestAllowed(scores, i, words, tags);
      if (best < 0) {
        return beamSearch.tag(words);
      }
      score += StrictMath.log(scores[best]);
      if (!(score > FLOOR)) {
        return beamSearch.tag(words);
      }
      tags[i] = model.getOutcome(best);
    }
    return tags;
  }

  /** The first of the likeliest outcomes the dictionary allows for word {@code i}, or -1 if it allows none. */
  private int likeliestAllowed(double[] scores, int i, String[] words, String[] tags) {
    int best = 0;
    for (int outcome = 1; outcome < scores.length; outcome++) {
      if (scores[outcome] > scores[best]) {
        best = outcome;
      }
    }
    if (dictionary.validSequence(i, words, tags, model.getOutcome(best))) {
      return best;
    }
    best = -1;
    for (int outcome = 0; outcome < scores.length; outcome++) {
      boolean likelier = best < 0 || scores[outcome] > scores[best];
      if (likelier && dictionary.validSequence(i, words, tags, model.getOutcome(outcome))) {
        best = outcome;
      }
    }
    return best;
  }
}
