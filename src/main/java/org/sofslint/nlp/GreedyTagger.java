package org.sofslint.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.postag.ConfigurablePOSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerFactory;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * Part-of-speech tags as OpenNLP's tagger gives them with a beam of one ({@link NlpModels#greedy}),
 * without the beam search around the model: for each word, the likeliest tag, the first in the
 * model's order where two are equally likely, just as the beam keeps them. The beam search sorts
 * all 17 probabilities of every word to find the largest, keeps a queue, copies the tags so far
 * twice per word (so a sentence costs the square of its length), and builds a cache key per word
 * that a beam of one never uses again; over a report that was about a tenth of tagging. Nor does
 * this tagger turn the model's sums into probabilities (an exponential per tag per word) unless
 * the two likeliest tags are so close that rounding could make them equal. Where OpenNLP's
 * tagger fails instead of tagging (a sentence so long that its score falls below the beam
 * search's floor: the search ends with no sequence, and the tagger throws), this one gives the
 * likeliest tags; everywhere else its tags are OpenNLP's. Not thread-safe, like OpenNLP's tagger:
 * one per thread.
 */
public final class GreedyTagger {
  /**
   * Sums closer than this may round to one probability, and then the first tag wins: OpenNLP's
   * own probabilities decide. Rounding moves a sum by about 1e-15.
   */
  private static final double NEAR_TIE = 1e-9;

  private final GISModel model;
  private final AdaptiveFeatureGenerator features;
  private final Map<String, Context> parameters;
  private final List<String> context = new ArrayList<>(64);
  private final double[] sums;
  private final double[] probabilities;

  /**
   * A tagger for {@code model}, which must be what the bundled model is: a beam of one, OpenNLP
   * 1.8's configurable features, a maximum-entropy model with a uniform prior, and no tag
   * dictionary. Anything else would need the parts of the beam search this tagger leaves out.
   */
  @SuppressWarnings("unchecked")
  public GreedyTagger(POSModel model) {
    POSTaggerFactory factory = model.getFactory();
    if (!"1".equals(model.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER))
        || !(factory.getPOSContextGenerator(0) instanceof ConfigurablePOSContextGenerator)
        || !(model.getArtifact(NlpModels.TAGGER_MAXENT) instanceof GISModel maxent)
        || factory.getTagDictionary() != null) {
      throw new IllegalArgumentException(
          "a greedy tagger needs a beam of one, configurable features, a maxent model and no tag dictionary");
    }
    this.model = maxent;
    this.probabilities = new double[maxent.getNumOutcomes()];
    this.sums = new double[maxent.getNumOutcomes()];
    if (!isUniform(maxent.eval(new String[0], probabilities))) {
      throw new IllegalArgumentException("a greedy tagger needs a model with a uniform prior");
    }
    // What ConfigurablePOSContextGenerator asks, without the cache key it builds for every word.
    this.features = factory.createFeatureGenerators();
    this.parameters = (Map<String, Context>) maxent.getDataStructures()[1];
  }

  /** One tag per word of a sentence. */
  public String[] tag(String[] words) {
    // Only the two tags before a word are read, so one array serves every word's context.
    String[] tags = new String[words.length];
    for (int i = 0; i < words.length; i++) {
      context.clear();
      features.createFeatures(context, words, i, tags);
      tags[i] = model.getOutcome(likeliest());
    }
    return tags;
  }

  /** The likeliest outcome for the current context, the first of equals. */
  private int likeliest() {
    // The model's sums, in the order OpenNLP adds them; its prior is the same for every outcome.
    Arrays.fill(sums, 0);
    for (String feature : context) {
      Context weights = parameters.get(feature);
      if (weights != null) {
        int[] outcomes = weights.getOutcomes();
        double[] values = weights.getParameters();
        for (int k = 0; k < outcomes.length; k++) {
          sums[outcomes[k]] += values[k];
        }
      }
    }
    int best = 0;
    for (int outcome = 1; outcome < sums.length; outcome++) {
      if (sums[outcome] > sums[best]) {
        best = outcome;
      }
    }
    for (int outcome = 0; outcome < sums.length; outcome++) {
      if (outcome != best && sums[best] - sums[outcome] < NEAR_TIE) {
        return largest(model.eval(context.toArray(String[]::new), probabilities));
      }
    }
    return best;
  }

  /** The first index of the largest value. */
  private static int largest(double[] values) {
    int best = 0;
    for (int i = 1; i < values.length; i++) {
      if (values[i] > values[best]) {
        best = i;
      }
    }
    return best;
  }

  private static boolean isUniform(double[] probabilities) {
    return Arrays.stream(probabilities).allMatch(p -> p == probabilities[0]);
  }
}
