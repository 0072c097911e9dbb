package org.sofslint.nlp;

import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.util.SequenceValidator;

/**
 * Part-of-speech tags as OpenNLP's tagger gives them with a beam of one ({@link NlpModels#greedy}),
 * without the beam search around the model: for each word, the likeliest tag its tag dictionary
 * allows, the first in the model's order where two are equally likely, just as the beam keeps
 * them. The beam search sorts all 17 probabilities of every word to find the largest, keeps a
 * queue, copies the tags so far twice per word (so a sentence costs the square of its length),
 * and builds a cache key per word that a beam of one never uses again; over a report that was
 * about a tenth of tagging. Where OpenNLP's tagger fails instead of tagging (a sentence so long
 * that its score falls below the beam search's floor, or a word its dictionary allows no tag
 * for: the search ends with no sequence, and the tagger throws), this one gives the likeliest
 * tag; everywhere else its tags are OpenNLP's. Not thread-safe, like OpenNLP's tagger: one per
 * thread.
 */
public final class GreedyTagger {
  private static final Object[] NO_ADDITIONAL_CONTEXT = new Object[0];

  private final MaxentModel model;
  private final POSContextGenerator contexts;
  private final SequenceValidator<String> dictionary;
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
    this.probabilities = new double[this.model.getNumOutcomes()];
  }

  /** One tag per word of a sentence. */
  public String[] tag(String[] words) {
    // Only the two tags before a word are read, so one array serves every word's context.
    String[] tags = new String[words.length];
    for (int i = 0; i < words.length; i++) {
      double[] scores = model.eval(contexts.getContext(i, words, tags, NO_ADDITIONAL_CONTEXT), probabilities);
      tags[i] = model.getOutcome(likeliestAllowed(scores, i, words, tags));
    }
    return tags;
  }

  /** The first of the likeliest outcomes the dictionary allows for word {@code i}, or of all if it allows none. */
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
    int allowed = -1;
    for (int outcome = 0; outcome < scores.length; outcome++) {
      boolean likelier = allowed < 0 || scores[outcome] > scores[allowed];
      if (likelier && dictionary.validSequence(i, words, tags, model.getOutcome(outcome))) {
        allowed = outcome;
      }
    }
    return allowed >= 0 ? allowed : best;
  }
}
