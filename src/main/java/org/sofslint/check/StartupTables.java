package org.sofslint.check;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.sofslint.nlp.NlpModels;
import org.sofslint.nlp.PatternScreen;
import org.sofslint.nlp.PhraseKeys;
import org.sofslint.nlp.TermNormaliser;
import org.sofslint.nlp.TextAnalyzer;
import org.sofslint.rules.Builtins;
import org.sofslint.rules.CompiledBuiltins;
import org.sofslint.rules.Regex;
import org.sofslint.rules.Rule;
import org.sofslint.rules.RulePack;
import org.sofslint.sofs.FeatureExtractor;

/**
 * What compiling the built-in rules works out, done once at build time so a cold run need not:
 * the trie keys of every built-in phrase (terms, unless-phrases and the Signs of Safety cues,
 * about 0.17 s of tokenizing and stemming cold) and the {@link PatternScreen} of every built-in
 * pattern (about 0.1 s of RE2J parsing and automaton building). They are keyed by the phrase or
 * pattern itself, so a user's pack, or a table from another build, can only miss, never
 * mislead; the build writes a fresh table with every jar, and {@code StartupTablesTest}
 * recomputes every entry.
 */
public final class StartupTables {
  private static final String RESOURCE = "/org/sofslint/check/startup-tables.bin";
  private static final String FILE_NAME = "startup-tables.bin";
  /** 3: the screen's states are numbered breadth first, which reading it relies on. */
  private static final int FORMAT = 3;

  private final Map<String, List<String>> phraseKeys;
  /** The patterns of {@link #screen}, by slot. */
  private final List<String> patternIds;
  private final Map<String, Integer> slots;
  private final PatternScreen screen;

  private StartupTables(Map<String, List<String>> phraseKeys, List<String> patternIds, PatternScreen screen) {
    this.phraseKeys = Map.copyOf(phraseKeys);
    this.patternIds = List.copyOf(patternIds);
    Map<String, Integer> bySlot = new HashMap<>();
    for (int slot = 0; slot < patternIds.size(); slot++) {
      bySlot.put(patternIds.get(slot), slot);
    }
    this.slots = Map.copyOf(bySlot);
    this.screen = screen;
  }

  /** No table: everything is worked out when needed. */
  private static StartupTables empty() {
    return new StartupTables(Map.of(), List.of(), PatternScreen.builder().build());
  }

  /** The table the build wrote into the jar, or an empty one if it is missing or from another format. */
  public static StartupTables bundled() {
    return Bundled.TABLES;
  }

  /** Read once, on first use, and never changed after. */
  private static final class Bundled {
    static final StartupTables TABLES = readBundled();
  }

  private static StartupTables readBundled() {
    try (InputStream in = StartupTables.class.getResourceAsStream(RESOURCE)) {
      return in == null ? empty() : read(in).orElseGet(StartupTables::empty);
    } catch (IOException e) {
      return empty();
    }
  }

  /** Phrase keys that start from this table. */
  public PhraseKeys phraseKeys(TermNormaliser normaliser, TextAnalyzer nlp) {
    return new PhraseKeys(normaliser, nlp, phraseKeys);
  }

  /** The slot of {@code pattern} in {@link #screen()}, or empty if the table does not hold it. */
  OptionalInt slot(Regex pattern) {
    Integer slot = slots.get(id(pattern));
    return slot == null ? OptionalInt.empty() : OptionalInt.of(slot);
  }

  /** The screen of every pattern in the table, by slot. */
  PatternScreen screen() {
    return screen;
  }

  int phraseCount() {
    return phraseKeys.size();
  }

  int patternCount() {
    return patternIds.size();
  }

  private static String id(Regex pattern) {
    return pattern.flags() + "/" + pattern.source();
  }

  /** The table for {@code packs} and the cue phrases, worked out now. */
  static StartupTables compute(List<RulePack> packs, Collection<String> cuePhrases, PhraseKeys keys) {
    Map<String, List<String>> phrases = new TreeMap<>();
    Map<String, Regex> patterns = new TreeMap<>();
    for (RulePack pack : packs) {
      for (Rule rule : pack.rules()) {
        if (rule instanceof Rule.TermRule term) {
          term.terms().forEach(t -> phrases.put(PhraseKeys.id(t, term.matchCase()), keys.compute(t, term.matchCase())));
        } else if (rule instanceof Rule.PatternRule pattern) {
          patterns.put(id(pattern.pattern()), pattern.pattern());
        }
        rule.unless().forEach(u -> phrases.put(PhraseKeys.id(u, false), keys.compute(u, false)));
      }
    }
    cuePhrases.forEach(c -> phrases.put(PhraseKeys.id(c, false), keys.compute(c, false)));
    PatternScreen.Builder screen = PatternScreen.builder();
    List<String> ids = new ArrayList<>(patterns.keySet());
    for (int slot = 0; slot < ids.size(); slot++) {
      screen.add(slot, patterns.get(ids.get(slot)).compiled());
    }
    return new StartupTables(phrases, ids, screen.build());
  }

  /** Build step, run by Maven once the built-in packs are compiled: writes the table into {@code args[0]}. */
  public static void main(String[] args) throws IOException {
    TextAnalyzer nlp = new TextAnalyzer(new NlpModels());
    PhraseKeys keys = PhraseKeys.computed(new TermNormaliser(), nlp);
    StartupTables tables = compute(Builtins.packs(), FeatureExtractor.cuePhrases(), keys);
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(Path.of(args[0]).resolve(FILE_NAME)))) {
      tables.write(out);
    }
  }

  /** Sorted, so the same packs always give the same bytes. */
  void write(OutputStream target) throws IOException {
    DataOutputStream out = new DataOutputStream(target);
    out.writeInt(FORMAT);
    out.writeInt(phraseKeys.size());
    for (Map.Entry<String, List<String>> entry : new TreeMap<>(phraseKeys).entrySet()) {
      out.writeUTF(entry.getKey());
      CompiledBuiltins.writeStrings(out, entry.getValue());
    }
    CompiledBuiltins.writeStrings(out, patternIds);
    screen.write(out);
    out.flush();
  }

  static Optional<StartupTables> read(InputStream source) throws IOException {
    DataInputStream in = new DataInputStream(new BufferedInputStream(source, 1 << 16));
    if (in.readInt() != FORMAT) {
      return Optional.empty();
    }
    int phraseCount = in.readInt();
    Map<String, List<String>> phrases = new TreeMap<>();
    for (int i = 0; i < phraseCount; i++) {
      phrases.put(in.readUTF(), readStrings(in));
    }
    List<String> patternIds = readStrings(in);
    return Optional.of(new StartupTables(phrases, patternIds, PatternScreen.read(in)));
  }

  private static List<String> readStrings(DataInputStream in) throws IOException {
    return List.copyOf(CompiledBuiltins.readStrings(in));
  }
}
