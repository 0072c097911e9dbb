package org.sofslint.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.postag.ConfigurablePOSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerFactory;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.AggregatedFeatureGenerator;
import opennlp.tools.util.featuregen.OutcomePriorFeatureGenerator;
import opennlp.tools.util.featuregen.PosTaggerFeatureGenerator;
import opennlp.tools.util.featuregen.PrefixFeatureGenerator;
import opennlp.tools.util.featuregen.SentenceFeatureGenerator;
import opennlp.tools.util.featuregen.SuffixFeatureGenerator;
import opennlp.tools.util.featuregen.TokenClassFeatureGenerator;
import opennlp.tools.util.featuregen.TokenFeatureGenerator;
import opennlp.tools.util.featuregen.WindowFeatureGenerator;

/**
 * Part-of-speech tags as OpenNLP's tagger gives them with a beam of one ({@link NlpModels#greedy}),
 * without the beam search around the model: for each word, the likeliest tag, the first in the
 * model's order where two are equally likely, just as the beam keeps them. The beam search sorts
 * all 17 probabilities of every word to find the largest, keeps a queue and copies the tags so far
 * twice per word (so a sentence costs the square of its length); where that search fails instead
 * of tagging (a sentence so long that its score falls below its floor, and OpenNLP's tagger
 * throws), this one gives the likeliest tags. Everywhere else its tags are OpenNLP's.
 *
 * <p>The model's score for a tag is a sum of weights, one per feature of the word's context, and
 * the bundled model's features each come from one word, its position or the two tags before it:
 * the word's own (its prefixes, suffixes, lower case and character class), each neighbour's lower
 * case up to two words away, whether it opens the sentence, and the tags. So this tagger adds each
 * word's weights up once, in each of the five places it can stand, and remembers them (at most
 * {@value #CAPACITY} words, starting afresh when full, so memory stays flat in a long batch); a
 * word's sums are then a copy and up to six short additions instead of building about 25 feature
 * strings and looking each up in the model, which was nearly all of tagging. Added in another
 * order, a sum may differ from OpenNLP's in the last bits; where the two likeliest tags are so
 * close that this could matter, OpenNLP's own features and probabilities decide. Not thread-safe,
 * like OpenNLP's tagger: one per thread.
 */
public final class GreedyTagger {
  /**
   * Sums closer than this may round to one probability, and then the first tag wins, or may be
   * in another order than OpenNLP's sums: OpenNLP's own probabilities decide. Rounding moves a sum
   * by about 1e-15.
   */
  private static final double NEAR_TIE = 1e-9;
  private static final int CAPACITY = 16_384;
  /** A word's five shares, in this order, each one weight per outcome. */
  private static final int OWN = 0;
  private static final int BEFORE = 1;
  private static final int TWO_BEFORE = 2;
  private static final int AFTER = 3;
  private static final int TWO_AFTER = 4;
  private static final int PLACES = 5;
  /** Words of every character class and length, to check the model's features are these. */
  private static final String[] PROBE =
      {"Mr.", "Smith's", "dog", ",", "aged", "14", "-", "BIT", "Sam", "at", "9pm", "on", "3/4", "!"};

  private final GISModel model;
  private final int outcomes;
  /**
   * The model's tags, as the JVM's own strings: the checks compare tags with constants ("VERB"),
   * which then are the same strings, and equal at the first test.
   */
  private final String[] tagNames;
  private final Map<String, Context> parameters;
  /** OpenNLP's features of the bundled model, asked only to break near ties. */
  private final AdaptiveFeatureGenerator features;
  private final AdaptiveFeatureGenerator ownFeatures = new AggregatedFeatureGenerator(new SuffixFeatureGenerator(),
      new PrefixFeatureGenerator(), new TokenFeatureGenerator(), new TokenClassFeatureGenerator(true));
  private final AdaptiveFeatureGenerator neighbourFeatures = new TokenFeatureGenerator();
  /** The weights every word has, the outcome prior feature's. */
  private final double[] always;
  /** The weights of the first, second and third words, which see the start of the sentence. */
  private final double[][] opening;
  /** The weights of the tag before (second word), indexed by that tag. */
  private final double[][] afterTag;
  /** The weights of the two tags before (later words), indexed by tag two before, then tag before. */
  private final double[][][] afterTags;
  private final Map<String, double[]> shares = new HashMap<>();
  private final double[] sums;
  private final double[] probabilities;
  private final List<String> context = new ArrayList<>(64);

  /**
   * A tagger for {@code model}, which must be what the bundled model is: a beam of one, OpenNLP's
   * default part-of-speech features, a maximum-entropy model with a uniform prior, and no tag
   * dictionary. Anything else would need the parts of the beam search this tagger leaves out, or
   * features it does not add up.
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
    this.outcomes = maxent.getNumOutcomes();
    this.tagNames = new String[outcomes];
    for (int outcome = 0; outcome < outcomes; outcome++) {
      tagNames[outcome] = maxent.getOutcome(outcome).intern();
    }
    this.probabilities = new double[outcomes];
    this.sums = new double[outcomes];
    if (!isUniform(maxent.eval(new String[0], probabilities))) {
      throw new IllegalArgumentException("a greedy tagger needs a model with a uniform prior");
    }
    this.features = factory.createFeatureGenerators();
    this.parameters = (Map<String, Context>) maxent.getDataStructures()[1];
    this.always = weigh(featuresOf(new OutcomePriorFeatureGenerator(), "", ""));
    this.opening = new double[3][];
    AdaptiveFeatureGenerator start = new SentenceFeatureGenerator(true, false);
    opening[0] = weigh(featuresOf(start, "", ""));
    opening[1] = weigh(featuresOf(start, "", WindowFeatureGenerator.PREV_PREFIX + 1));
    opening[2] = weigh(featuresOf(start, "", WindowFeatureGenerator.PREV_PREFIX + 2));
    AdaptiveFeatureGenerator previousTags = new PosTaggerFeatureGenerator();
    this.afterTag = new double[outcomes][];
    this.afterTags = new double[outcomes][outcomes][];
    for (int before = 0; before < outcomes; before++) {
      afterTag[before] = weigh(featuresAt(previousTags, new String[] {"", ""}, 1,
          new String[] {maxent.getOutcome(before), null}, ""));
      for (int twoBefore = 0; twoBefore < outcomes; twoBefore++) {
        afterTags[twoBefore][before] = weigh(featuresAt(previousTags, new String[] {"", "", ""}, 2,
            new String[] {maxent.getOutcome(twoBefore), maxent.getOutcome(before), null}, ""));
      }
    }
    checkTheFeaturesAreTheModels();
  }

  /** One tag per word of a sentence. */
  public String[] tag(String[] words) {
    double[][] wordShares = sharesOf(words);
    int[] outcomeIndexes = new int[words.length];
    // Only the two tags before a word are read, so one array serves every word's context.
    String[] tags = new String[words.length];
    for (int i = 0; i < words.length; i++) {
      sum(wordShares, outcomeIndexes, i);
      outcomeIndexes[i] = likeliest(words, i, tags);
      tags[i] = tagNames[outcomeIndexes[i]];
    }
    return tags;
  }

  /**
   * The model's sums for the word at {@code index} given the tags before it, as this tagger adds
   * them up, and as OpenNLP's features give them ({@code [0]} and {@code [1]}).
   */
  double[][] sumsBothWays(String[] words, int index, String[] tags) {
    int[] outcomeIndexes = new int[index];
    for (int i = 0; i < index; i++) {
      outcomeIndexes[i] = model.getIndex(tags[i]);
    }
    sum(sharesOf(words), outcomeIndexes, index);
    double[] ours = sums.clone();
    context.clear();
    features.createFeatures(context, words, index, tags);
    return new double[][] {ours, weigh(context)};
  }

  /**
   * Into {@link #sums}: the prior's weights and the word's own share (added up once, in that order,
   * in {@link #shareOf}), its neighbours', its place's and its tags'. One pass over the outcomes,
   * each outcome's terms added in that order, so the sums are the same bits as a pass per term
   * would give; C1, which compiles most runs, made each pass reload and store every sum.
   */
  private void sum(double[][] wordShares, int[] outcomeIndexes, int i) {
    int n = outcomes;
    double[] own = wordShares[i];
    double[] before = i >= 1 ? wordShares[i - 1] : null;
    double[] twoBefore = i >= 2 ? wordShares[i - 2] : null;
    double[] after = i + 1 < wordShares.length ? wordShares[i + 1] : null;
    double[] twoAfter = i + 2 < wordShares.length ? wordShares[i + 2] : null;
    double[] place = i < opening.length ? opening[i] : null;
    double[] tagsBefore = i == 1 ? afterTag[outcomeIndexes[0]]
        : i >= 2 ? afterTags[outcomeIndexes[i - 2]][outcomeIndexes[i - 1]] : null;
    double[] into = sums;
    for (int k = 0; k < n; k++) {
      double sum = own[OWN * n + k];
      if (before != null) {
        sum += before[BEFORE * n + k];
      }
      if (twoBefore != null) {
        sum += twoBefore[TWO_BEFORE * n + k];
      }
      if (after != null) {
        sum += after[AFTER * n + k];
      }
      if (twoAfter != null) {
        sum += twoAfter[TWO_AFTER * n + k];
      }
      if (place != null) {
        sum += place[k];
      }
      if (tagsBefore != null) {
        sum += tagsBefore[k];
      }
      into[k] = sum;
    }
  }

  /** The likeliest outcome for the word at {@code i} from {@link #sums}, the first of equals. */
  private int likeliest(String[] words, int i, String[] tags) {
    int best = 0;
    for (int outcome = 1; outcome < outcomes; outcome++) {
      if (sums[outcome] > sums[best]) {
        best = outcome;
      }
    }
    for (int outcome = 0; outcome < outcomes; outcome++) {
      if (outcome != best && sums[best] - sums[outcome] < NEAR_TIE) {
        context.clear();
        features.createFeatures(context, words, i, tags);
        return largest(model.eval(context.toArray(String[]::new), probabilities));
      }
    }
    return best;
  }

  private double[][] sharesOf(String[] words) {
    double[][] wordShares = new double[words.length][];
    for (int i = 0; i < words.length; i++) {
      double[] share = shares.get(words[i]);
      if (share == null) {
        share = shareOf(words[i]);
        if (shares.size() >= CAPACITY) {
          shares.clear();
        }
        shares.put(words[i], share);
      }
      wordShares[i] = share;
    }
    return wordShares;
  }

  /**
   * A word's weights in each of its {@value #PLACES} places, one after another; its own place's
   * weights include the prior's, which every word has.
   */
  private double[] shareOf(String word) {
    double[] share = new double[PLACES * outcomes];
    addWeights(featuresOf(ownFeatures, word, ""), share, OWN);
    for (int k = 0; k < outcomes; k++) {
      share[OWN * outcomes + k] = always[k] + share[OWN * outcomes + k];
    }
    addWeights(featuresOf(neighbourFeatures, word, WindowFeatureGenerator.PREV_PREFIX + 1), share, BEFORE);
    addWeights(featuresOf(neighbourFeatures, word, WindowFeatureGenerator.PREV_PREFIX + 2), share, TWO_BEFORE);
    addWeights(featuresOf(neighbourFeatures, word, WindowFeatureGenerator.NEXT_PREFIX + 1), share, AFTER);
    addWeights(featuresOf(neighbourFeatures, word, WindowFeatureGenerator.NEXT_PREFIX + 2), share, TWO_AFTER);
    return share;
  }

  /** What {@code generator} gives {@code word} alone, each feature after the window's {@code prefix}. */
  private static List<String> featuresOf(AdaptiveFeatureGenerator generator, String word, String prefix) {
    return featuresAt(generator, new String[] {word}, 0, null, prefix);
  }

  private static List<String> featuresAt(AdaptiveFeatureGenerator generator, String[] words, int index,
      String[] tags, String prefix) {
    List<String> found = new ArrayList<>();
    generator.createFeatures(found, words, index, tags);
    found.replaceAll(feature -> prefix + feature);
    return found;
  }

  private double[] weigh(List<String> featureList) {
    double[] weights = new double[outcomes];
    addWeights(featureList, weights, 0);
    return weights;
  }

  private void addWeights(List<String> featureList, double[] into, int place) {
    for (String feature : featureList) {
      Context weights = parameters.get(feature);
      if (weights != null) {
        int[] featureOutcomes = weights.getOutcomes();
        double[] values = weights.getParameters();
        for (int k = 0; k < featureOutcomes.length; k++) {
          into[place * outcomes + featureOutcomes[k]] += values[k];
        }
      }
    }
  }

  /**
   * Checks on words of every kind that adding up shares gives the sums of the model's own
   * features: a model with other features than OpenNLP's default ones would get wrong tags.
   */
  private void checkTheFeaturesAreTheModels() {
    String[] tags = new String[PROBE.length];
    for (int i = 0; i < PROBE.length; i++) {
      double[][] both = sumsBothWays(PROBE, i, tags);
      for (int k = 0; k < outcomes; k++) {
        if (Math.abs(both[0][k] - both[1][k]) >= NEAR_TIE / 4) {
          throw new IllegalArgumentException("a greedy tagger needs OpenNLP's default part-of-speech features");
        }
      }
      tags[i] = model.getOutcome(i % outcomes);
    }
    shares.clear();
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
