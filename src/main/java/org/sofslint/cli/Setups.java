package org.sofslint.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sofslint.check.CheckOptions;
import org.sofslint.check.Linter;
import org.sofslint.check.RuleSet;
import org.sofslint.check.StartupTables;
import org.sofslint.check.UnknownRuleException;
import org.sofslint.config.Config;
import org.sofslint.config.ConfigLoader;
import org.sofslint.config.ConfigLocator;
import org.sofslint.config.FailLevel;
import org.sofslint.nlp.NlpModels;
import org.sofslint.nlp.PhraseKeys;
import org.sofslint.nlp.TermNormaliser;
import org.sofslint.nlp.TextAnalyzer;
import org.sofslint.sofs.FeatureExtractor;
import org.sofslint.sofs.StructureCheck;
import org.sofslint.sofs.StructureChecks;
import org.sofslint.read.Readers;
import org.sofslint.read.SectionClassifier;
import org.sofslint.rules.Builtins;
import org.sofslint.rules.LoadError;
import org.sofslint.rules.LoadException;
import org.sofslint.rules.PackLoader;
import org.sofslint.rules.Rule;
import org.sofslint.rules.Packs;
import org.sofslint.rules.RulePack;
import org.sofslint.rules.Severity;
import org.sofslint.rules.Template;
import org.sofslint.rules.TemplateLoader;
import org.sofslint.score.Scorer;

/**
 * Builds one {@link Setup} per config file in use, once, sharing the NLP models and built-in
 * packs between them. Command-line options win over the config file, which wins over the
 * defaults. Mutable: a cache, used from the command's own thread only.
 */
final class Setups {
  private final PackOptions cli;
  private final Optional<Severity> minSeverity;
  private final Optional<FailLevel> failOn;
  private final NlpModels models = new NlpModels();
  private final TextAnalyzer nlp = new TextAnalyzer(models);
  private final boolean checking;
  private final StartupTables tables = StartupTables.bundled();
  private final PhraseKeys phraseKeys = tables.phraseKeys(new TermNormaliser(), nlp);
  private final FeatureExtractor features = new FeatureExtractor(phraseKeys);
  private final List<RulePack> builtinPacks = Builtins.packs();
  private final Template builtinTemplate = Builtins.defaultTemplate();
  private final Map<Optional<Path>, Setup> built = new HashMap<>();

  /**
   * Setups for a command that checks reports: the models every check needs start loading now,
   * in the background, while the rules load.
   */
  Setups(PackOptions cli, Optional<Severity> minSeverity, Optional<FailLevel> failOn) {
    this(cli, minSeverity, failOn, true);
  }

  private Setups(PackOptions cli, Optional<Severity> minSeverity, Optional<FailLevel> failOn, boolean checking) {
    this.cli = cli;
    this.minSeverity = minSeverity;
    this.failOn = failOn;
    this.checking = checking;
    if (checking) {
      models.loadInBackground(List.of(NlpModels.Model.SENTENCES, NlpModels.Model.TOKENS), new DaemonThreads("sofslint-models"));
    }
  }

  NlpModels models() {
    return models;
  }

  /**
   * The setup for commands that check no file (rules, explain): the config named on the command
   * line, else the one that applies in the working folder. Problems are printed to {@code err}.
   */
  static Optional<Setup> forWorkingFolder(PackOptions cli, Environment environment, PrintWriter err) {
    Optional<Path> config = cli.config != null ? Optional.of(cli.config)
        : new ConfigLocator(Optional.of(environment.userConfig())).findFrom(Path.of(""));
    return forConfig(cli, config, false, err);
  }

  /** The setup for a command on one file: the config named on the command line, else the nearest to the file. */
  static Optional<Setup> forFile(PackOptions cli, Environment environment, Path file, PrintWriter err) {
    Optional<Path> config = cli.config != null ? Optional.of(cli.config)
        : new ConfigLocator(Optional.of(environment.userConfig())).find(file);
    return forConfig(cli, config, true, err);
  }

  private static Optional<Setup> forConfig(PackOptions cli, Optional<Path> config, boolean checking, PrintWriter err) {
    try {
      return Optional.of(new Setups(cli, Optional.empty(), Optional.empty(), checking).forConfig(config));
    } catch (LoadException e) {
      e.errors().forEach(err::println);
    } catch (UnknownRuleException e) {
      err.println("sofslint: " + config.map(c -> c + ": ").orElse("") + e.getMessage());
    }
    return Optional.empty();
  }

  Setup forConfig(Optional<Path> configFile) throws LoadException, UnknownRuleException {
    Setup setup = built.get(configFile);
    if (setup == null) {
      setup = build(configFile.isPresent() ? ConfigLoader.load(configFile.get()) : Config.DEFAULTS);
      built.put(configFile, setup);
    }
    return setup;
  }

  private Setup build(Config config) throws LoadException, UnknownRuleException {
    List<RulePack> packs = new ArrayList<>(builtinPacks);
    List<LoadError> errors = new ArrayList<>();
    List<Path> extra = new ArrayList<>(config.packs());
    extra.addAll(cli.rules);
    for (Path path : extra) {
      try {
        packs.addAll(PackLoader.loadPath(path));
      } catch (LoadException e) {
        errors.addAll(e.errors());
      }
    }
    Template template = builtinTemplate;
    Optional<Path> templateFile = Optional.ofNullable(cli.template).or(() -> config.template().stream().findFirst());
    if (templateFile.isPresent()) {
      try {
        TemplateLoader.Loaded loaded = TemplateLoader.loadFile(templateFile.get());
        template = loaded.extendsDefault() ? builtinTemplate.extendedBy(loaded.template()) : loaded.template();
      } catch (LoadException e) {
        errors.addAll(e.errors());
      }
    }
    if (!errors.isEmpty()) {
      throw new LoadException(errors);
    }
    Packs.requireDistinct(packs);
    CheckOptions options = options(config);
    if (checking && needsTags(packs, options)) {
      models.loadInBackground(List.of(NlpModels.Model.PARTS_OF_SPEECH), new DaemonThreads("sofslint-tagger"));
      features.prepare(new DaemonThreads("sofslint-cues"));
    }
    Linter linter = new Linter(RuleSet.compile(packs, options, phraseKeys, tables), nlp, features, options,
        config.required().orElse(template.requiredParts()));
    return new Setup(packs, options, failOn.orElse(config.failOn()),
        new Readers(new SectionClassifier(template)), linter, new Scorer(config.scoring()));
  }

  /**
   * Whether checking will tag parts of speech: most Signs of Safety checks do. Quoted speech
   * tags too, but only sentences with a quotation, which not every report has.
   */
  private static boolean needsTags(List<RulePack> packs, CheckOptions options) {
    return packs.stream().flatMap(pack -> pack.rules().stream())
        .filter(rule -> rule instanceof Rule.StructureRule && RuleSet.isEnabled(rule, options))
        .anyMatch(rule -> StructureChecks.named(((Rule.StructureRule) rule).check()).map(StructureCheck::tags).orElse(false));
  }

  /** The config's choices with the command line's applied on top. */
  private CheckOptions options(Config config) {
    Set<String> enabled = new LinkedHashSet<>(config.enable());
    Set<String> disabled = new LinkedHashSet<>(config.disable());
    for (String name : cli.enable) {
      enabled.add(name);
      disabled.remove(name);
    }
    for (String name : cli.disable) {
      disabled.add(name);
      enabled.remove(name);
    }
    return new CheckOptions(enabled, disabled, config.severities(), config.quotedSpeech(),
        minSeverity.orElse(config.minSeverity()));
  }
}
