package org.sofslint;

import java.util.List;
import org.sofslint.check.CheckOptions;
import org.sofslint.check.Finding;
import org.sofslint.check.Linter;
import org.sofslint.check.RuleSet;
import org.sofslint.check.StartupTables;
import org.sofslint.check.UnknownRuleException;
import org.sofslint.document.Block;
import org.sofslint.document.Document;
import org.sofslint.document.DocumentBuilder;
import org.sofslint.document.Section;
import org.sofslint.document.SectionKind;
import org.sofslint.document.Span;
import org.sofslint.nlp.NlpModels;
import org.sofslint.nlp.PhraseKeys;
import org.sofslint.nlp.TermNormaliser;
import org.sofslint.nlp.TextAnalyzer;
import org.sofslint.read.MarkdownReader;
import org.sofslint.read.PlainTextReader;
import org.sofslint.read.SectionClassifier;
import org.sofslint.rules.Builtins;
import org.sofslint.rules.LoadException;
import org.sofslint.rules.PackLoader;
import org.sofslint.rules.RulePack;
import org.sofslint.rules.Template;
import org.sofslint.sofs.FeatureExtractor;

/** Shared, expensive test fixtures (models load once per test run) and small helpers. */
public final class TestKit {
  public static final TextAnalyzer NLP = new TextAnalyzer(new NlpModels());
  public static final TermNormaliser NORMALISER = new TermNormaliser();
  public static final Template TEMPLATE = Builtins.defaultTemplate();
  public static final SectionClassifier CLASSIFIER = new SectionClassifier(TEMPLATE);

  private TestKit() {}

  public static Document markdown(String text) {
    return new MarkdownReader(CLASSIFIER).read(text);
  }

  public static Document plainText(String text) {
    return new PlainTextReader(CLASSIFIER).read(text);
  }

  /** {@code text} as the one paragraph of a report, in a section of {@code kind}: a statement checked alone. */
  public static Document paragraph(String text, SectionKind kind) {
    return oneBlock(text, new Block.Paragraph(new Span(0, text.length()), new Section(kind, kind.id())));
  }

  /** {@code text} as the one bullet of a report, in a section of {@code kind}. */
  public static Document listItem(String text, SectionKind kind) {
    return oneBlock(text, new Block.ListItem(new Span(0, text.length()), new Section(kind, kind.id()), 1));
  }

  private static Document oneBlock(String text, Block block) {
    DocumentBuilder builder = new DocumentBuilder(text);
    builder.appendSource(0, text.length());
    builder.addBlock(block);
    return builder.build();
  }

  public static RulePack pack(String yaml) {
    try {
      return PackLoader.load("test-pack.yml", yaml);
    } catch (LoadException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }

  /** The tables the build wrote, as every run uses them. */
  public static final StartupTables TABLES = StartupTables.bundled();
  public static final PhraseKeys PHRASE_KEYS = TABLES.phraseKeys(NORMALISER, NLP);
  public static final FeatureExtractor FEATURES = new FeatureExtractor(PHRASE_KEYS);

  public static Linter linter(List<RulePack> packs, CheckOptions options) {
    try {
      return new Linter(RuleSet.compile(packs, options, PHRASE_KEYS, TABLES), NLP, FEATURES, options,
          TEMPLATE.requiredParts());
    } catch (UnknownRuleException | LoadException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }

  public static List<Finding> lint(RulePack pack, Document document) {
    return linter(List.of(pack), CheckOptions.DEFAULTS).check(document);
  }

  /** A one-rule pack matching {@code terms}, for tests about the engine rather than the packs. */
  public static RulePack termPack(String... terms) {
    return pack("""
        pack: test
        description: Test pack.
        discipline: observable-behaviour
        rules:
          - id: test.term
            terms: [%s]
            unless: [remote control]
            message: "'{match}' found."
            reason: Because.
            suggest: ["Say it plainly."]
            examples: {flag: [x], pass: [y]}
        """.formatted(String.join(", ", terms)));
  }
}
