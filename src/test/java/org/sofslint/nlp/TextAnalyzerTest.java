package org.sofslint.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import org.junit.jupiter.api.Test;
import org.sofslint.TestKit;
import org.sofslint.document.Document;
import org.sofslint.document.Sentence;
import org.sofslint.document.Token;

class TextAnalyzerTest {
  private static final TextAnalyzer NLP = TestKit.NLP;

  private static List<String> words(String text) {
    return NLP.tokens(text, 0, text.length()).stream().map(Token::text).toList();
  }

  @Test
  void sentencesStayInsideTheirBlockAndHeadingsHaveNone() {
    Document doc = TestKit.markdown("# Harm\n\nDr. Khan visited on 3 May. Sam was there\n\n- It was late. Mum was asleep.\n");
    List<Sentence> sentences = NLP.sentences(doc);
    assertThat(sentences).extracting(s -> doc.text(s.span())).containsExactly(
        "Dr. Khan visited on 3 May.", "Sam was there", "It was late.", "Mum was asleep.");
    assertThat(sentences).extracting(Sentence::block).containsExactly(1, 1, 2, 2);
  }

  @Test
  void aLineWithNoClosingPunctuationIsASentenceOfItsOwn() {
    Document doc = TestKit.markdown("""
        Ashby Vale Family Hub
        Review meeting: 12 June 2025, at home
        Worker: Femi Adeyemi (family worker)
        Oskar said he was worried
        about school, and Mum said
        she would ring Mr Walsh.
        """);
    assertThat(NLP.sentences(doc)).extracting(s -> doc.text(s.span())).containsExactly(
        "Ashby Vale Family Hub", "Review meeting: 12 June 2025, at home", "Worker: Femi Adeyemi (family worker)",
        "Oskar said he was worried\nabout school, and Mum said\nshe would ring Mr Walsh.");
  }

  @Test
  void quotesBracketsAndCliticsComeOffWords() {
    assertThat(words("Mum said “I’m an alcoholic”, and (Dad) doesn't agree; he's 'hard to reach'."))
        .containsExactly("Mum", "said", "“", "I", "’m", "an", "alcoholic", "”", ",", "and", "(", "Dad", ")",
            "does", "n't", "agree", ";", "he", "'s", "'", "hard", "to", "reach", "'", ".");
  }

  @Test
  void aFullStopComesOffTheLastWordButNotOffAbbreviations() {
    assertThat(words("Sam was unkempt.")).containsExactly("Sam", "was", "unkempt", ".");
    assertThat(words("We met Dr. Patel.")).contains("Dr.");
  }

  @Test
  void tokenOffsetsPointIntoTheGivenText() {
    String text = "xx Zoë's car.";
    List<Token> tokens = NLP.tokens(text, 3, text.length());
    assertThat(tokens).allSatisfy(t -> assertThat(text.substring(t.span().start(), t.span().end())).isEqualTo(t.text()));
    assertThat(tokens).extracting(Token::text).containsExactly("Zoë", "'s", "car", ".");
  }

  @Test
  void tagsComeFromTheUniversalDependenciesModel() {
    Document doc = TestKit.markdown("Mum said that the children were hungry.");
    Sentence sentence = NLP.sentences(doc).get(0);
    List<String> tags = NLP.partsOfSpeech(sentence);
    assertThat(tags).hasSize(sentence.tokens().size()).startsWith("PROPN", "VERB");
  }

  @Test
  void isSafeToShareAcrossThreads() throws Exception {
    Document doc = TestKit.markdown("Dad hit Sam on Monday. Mum called the police. Sam went to Gran's house.");
    List<String> expected = NLP.sentences(doc).stream().map(s -> doc.text(s.span())).toList();
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<List<String>>> results = new java.util.ArrayList<>();
      for (int i = 0; i < 40; i++) {
        results.add(pool.submit(() -> NLP.sentences(doc).stream().map(s -> doc.text(s.span())).toList()));
      }
      for (java.util.concurrent.Future<List<String>> result : results) {
        assertThat(result.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void greedyTaggingGivesTheTagsOfOpenNlpsDefaultBeamOnEveryWordOfTheSamplesAndTestReports() throws Exception {
    POSModel trained = NlpModels.stockPartsOfSpeech();
    POSTaggerME beam = new POSTaggerME(trained);
    POSTaggerME greedy = new POSTaggerME(NlpModels.greedy(trained));
    List<java.nio.file.Path> reports = reports();
    long words = 0;
    List<String> different = new java.util.ArrayList<>();
    for (java.nio.file.Path report : reports) {
      Document doc = TestKit.markdown(java.nio.file.Files.readString(report));
      for (Sentence sentence : NLP.sentences(doc)) {
        String[] tokens = sentence.tokens().stream().map(Token::text).toArray(String[]::new);
        String[] expected = beam.tag(tokens);
        String[] actual = greedy.tag(tokens);
        words += tokens.length;
        for (int i = 0; i < tokens.length; i++) {
          if (!expected[i].equals(actual[i])) {
            different.add(tokens[i] + ": " + expected[i] + " against " + actual[i] + " in " + doc.text(sentence.span()));
          }
        }
      }
    }
    assertThat(words).isGreaterThan(10_000);
    assertThat(different).isEmpty();
  }

  @Test
  void theGreedyTaggerGivesTheTagsOfOpenNlpsTaggerWithABeamOfOneOnEveryWordOfTheSamplesTestReportsAndCorpus()
      throws Exception {
    POSModel model = NlpModels.greedy(NlpModels.stockPartsOfSpeech());
    POSTaggerME beamSearch = new POSTaggerME(model);
    GreedyTagger greedy = new GreedyTagger(model);
    long words = 0;
    List<String> different = new java.util.ArrayList<>();
    for (String text : samplesTestReportsAndCorpus()) {
      Document doc = TestKit.markdown(text);
      for (Sentence sentence : NLP.sentences(doc)) {
        String[] tokens = sentence.tokens().stream().map(Token::text).toArray(String[]::new);
        String expected = String.join(" ", beamSearch.tag(tokens));
        String actual = String.join(" ", greedy.tag(tokens));
        words += tokens.length;
        if (!expected.equals(actual)) {
          different.add(expected + " against " + actual + " in " + doc.text(sentence.span()));
        }
      }
    }
    assertThat(words).isGreaterThan(30_000);
    assertThat(different).isEmpty();
    assertThat(greedy.tag(new String[0])).isEmpty();
  }

  @Test
  void eachWordsAddedUpSharesGiveTheSumsOfOpenNlpsFeaturesOnEveryWordOfTheSamplesTestReportsAndCorpus()
      throws Exception {
    GreedyTagger greedy = new GreedyTagger(NlpModels.greedy(NlpModels.stockPartsOfSpeech()));
    long words = 0;
    double largestDifference = 0;
    for (String text : samplesTestReportsAndCorpus()) {
      for (Sentence sentence : NLP.sentences(TestKit.markdown(text))) {
        String[] tokens = sentence.tokens().stream().map(Token::text).toArray(String[]::new);
        String[] tags = greedy.tag(tokens);
        for (int i = 0; i < tokens.length; i++) {
          double[][] both = greedy.sumsBothWays(tokens.clone(), i, tags);
          for (int k = 0; k < both[0].length; k++) {
            largestDifference = Math.max(largestDifference, Math.abs(both[0][k] - both[1][k]));
          }
          assertThat(both[1]).as("the word has features with weights").isNotEqualTo(new double[both[1].length]);
        }
        words += tokens.length;
      }
    }
    assertThat(words).isGreaterThan(30_000);
    assertThat(largestDifference).as("only rounding, far below the near-tie margin of 1e-9").isLessThan(1e-12);
  }

  @Test
  void aGreedyTaggerNeedsTheFeaturesItAddsUp() {
    POSModel stock = NlpModels.greedy(NlpModels.stockPartsOfSpeech());
    String withoutCharacterClasses = """
        <featureGenerators cache="true" name="posTagger">
          <generator class="opennlp.tools.util.featuregen.DefinitionFeatureGeneratorFactory"/>
          <generator class="opennlp.tools.util.featuregen.SuffixFeatureGeneratorFactory"/>
          <generator class="opennlp.tools.util.featuregen.PrefixFeatureGeneratorFactory"/>
          <generator class="opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory">
            <int name="prevLength">2</int>
            <int name="nextLength">2</int>
            <generator class="opennlp.tools.util.featuregen.TokenFeatureGeneratorFactory"/>
          </generator>
          <generator class="opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory">
            <int name="prevLength">2</int>
            <int name="nextLength">2</int>
            <generator class="opennlp.tools.util.featuregen.SentenceFeatureGeneratorFactory">
              <bool name="begin">true</bool>
              <bool name="end">false</bool>
            </generator>
          </generator>
          <generator class="opennlp.tools.util.featuregen.PosTaggerFeatureGeneratorFactory"/>
        </featureGenerators>
        """;
    POSModel other = new POSModel("en", stock.getArtifact(NlpModels.TAGGER_MAXENT), 1, java.util.Map.of(),
        new opennlp.tools.postag.POSTaggerFactory(
            withoutCharacterClasses.getBytes(java.nio.charset.StandardCharsets.UTF_8), java.util.Map.of(), null));

    assertThatThrownBy(() -> new GreedyTagger(other))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("default part-of-speech features");
  }

  @Test
  void theGreedyTaggerTagsASentenceTooLongForOpenNlpsBeamSearch() {
    // This sentence's score falls below the beam search's floor (-100,000) at word 228,640: OpenNLP's
    // tagger copies tag lists for minutes and then throws (sofslint exited 3 on such a report).
    String[] vocabulary = {"zork", "blim", "quax", "fro", "dade", "mum", "the", "will", "hit", "sam", "glorp", "ix", "vun"};
    java.util.Random random = new java.util.Random(1);
    String[] words = new String[300_000];
    for (int i = 0; i < words.length; i++) {
      words[i] = vocabulary[random.nextInt(vocabulary.length)];
    }

    String[] tags = new GreedyTagger(NlpModels.greedy(NlpModels.stockPartsOfSpeech())).tag(words);

    assertThat(tags).hasSize(words.length).doesNotContainNull();
  }

  @Test
  void equallyLikelyTagsGoToTheFirstInTheModelsOrderAsInOpenNlpsTagger() {
    // No real sentence has two tags within 1e-9, so a small model makes them: "def", which the
    // features of every word include, weighs ADJ one rounding step above VERB, and NOUN less.
    // Their probabilities round to the same number, so OpenNLP's tagger takes VERB, the first:
    // a tagger comparing sums alone would take ADJ.
    opennlp.tools.ml.model.Context weights =
        new opennlp.tools.ml.model.Context(new int[] {1, 2}, new double[] {0.6, Math.nextUp(0.6)});
    opennlp.tools.ml.maxent.GISModel ties = new opennlp.tools.ml.maxent.GISModel(
        new opennlp.tools.ml.model.Context[] {weights}, new String[] {"def"}, new String[] {"NOUN", "VERB", "ADJ"});
    POSModel model = new POSModel("en", ties, 1, java.util.Map.of(), NlpModels.stockPartsOfSpeech().getFactory());
    String[] words = {"Mum", "said", "Sam", "was", "fine", "."};

    String[] tags = new GreedyTagger(model).tag(words);

    assertThat(tags).containsOnly("VERB").containsExactly(new POSTaggerME(model).tag(words));
  }

  @Test
  void aGreedyTaggerNeedsAModelWithABeamOfOne() {
    assertThatThrownBy(() -> new GreedyTagger(NlpModels.stockPartsOfSpeech()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("beam of one");
  }

  @Test
  void keepingLetterAndDigitRunsWholeGivesTheModelsOwnTokensOnEveryLineOfTheSamplesAndTestReports() throws Exception {
    TokenizerModel trained = NlpModels.stockTokens();
    TokenizerME model = new TokenizerME(trained);
    TokenizerME shortcut = new TokenizerME(NlpModels.wordsWhole(trained));
    long tokens = 0;
    List<String> different = new java.util.ArrayList<>();
    for (java.nio.file.Path report : reports()) {
      for (String line : java.nio.file.Files.readAllLines(report)) {
        String expected = String.join("|", model.tokenize(line));
        String actual = String.join("|", shortcut.tokenize(line));
        tokens += model.tokenize(line).length;
        if (!expected.equals(actual)) {
          different.add(expected + " against " + actual);
        }
      }
    }
    assertThat(tokens).isGreaterThan(10_000);
    assertThat(different).isEmpty();
    assertThat(shortcut.tokenize("at 9pm, Sam's")).containsExactly("at", "9", "pm", ",", "Sam's");
  }

  @Test
  void scanningForSentenceEndsByATableGivesTheModelsOwnSentencesOnTheSamplesTestReportsAndCorpus() throws Exception {
    opennlp.tools.sentdetect.SentenceModel trained = NlpModels.stockSentences();
    opennlp.tools.sentdetect.SentenceDetectorME stock = new opennlp.tools.sentdetect.SentenceDetectorME(trained);
    opennlp.tools.sentdetect.SentenceDetectorME table =
        new opennlp.tools.sentdetect.SentenceDetectorME(NlpModels.tableScanning(trained));
    long sentences = 0;
    List<String> different = new java.util.ArrayList<>();
    for (String text : samplesTestReportsAndCorpus()) {
      for (String line : text.split("\n")) {
        String expected =
            java.util.Arrays.toString(stock.sentPosDetect(line)) + java.util.Arrays.toString(stock.probs());
        String actual =
            java.util.Arrays.toString(table.sentPosDetect(line)) + java.util.Arrays.toString(table.probs());
        sentences += stock.sentPosDetect(line).length;
        if (!expected.equals(actual)) {
          different.add(expected + " against " + actual + " in " + line);
        }
      }
    }
    assertThat(sentences).isGreaterThan(1_500);
    assertThat(different).isEmpty();
    opennlp.tools.sentdetect.SentenceDetectorFactory factory = NlpModels.tableScanning(trained).getFactory();
    assertThat(factory.getEndOfSentenceScanner()).isInstanceOf(EndOfSentenceTable.class);
    assertThat(factory.getEOSCharacters()).containsExactly(trained.getFactory().getEOSCharacters());
  }

  private static List<java.nio.file.Path> reports() throws java.io.IOException {
    try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(java.nio.file.Path.of("src/test/resources"))) {
      return java.util.stream.Stream.concat(files.filter(p -> p.toString().endsWith(".md")).sorted(),
          java.util.stream.Stream.of("good-assessment.md", "poor-mash-report.md", "mapping-table.md",
              "qld-style-conference.md", "early-help-wellbeing.md", "row-labelled-map.md", "plain-text-export.txt")
              .map(name -> java.nio.file.Path.of("samples", name))).toList();
    }
  }

  /** The samples, the test reports and a corpus report of each template style. */
  private static List<String> samplesTestReportsAndCorpus() throws java.io.IOException {
    List<String> texts = new java.util.ArrayList<>();
    for (java.nio.file.Path report : reports()) {
      texts.add(java.nio.file.Files.readString(report));
    }
    java.util.Random random = new java.util.Random(7);
    for (org.sofslint.bench.CorpusGenerator.Style style : org.sofslint.bench.CorpusGenerator.Style.values()) {
      texts.add(org.sofslint.bench.CorpusGenerator.report(style,
          new org.sofslint.bench.CorpusGenerator.Length(3000, 1500, 4000), random));
    }
    return texts;
  }
}
