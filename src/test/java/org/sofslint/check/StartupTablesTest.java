package org.sofslint.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.re2j.Pattern;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sofslint.TestKit;
import org.sofslint.nlp.PatternScreen;
import org.sofslint.nlp.PhraseKeys;
import org.sofslint.rules.Builtins;
import org.sofslint.rules.Regex;
import org.sofslint.rules.Rule;
import org.sofslint.rules.RulePack;
import org.sofslint.sofs.FeatureExtractor;

class StartupTablesTest {
  private static final PhraseKeys COMPUTED = PhraseKeys.computed(TestKit.NORMALISER, TestKit.NLP);

  @Test
  void theBundledTableHoldsEveryBuiltInPhraseWithTheKeysTheAnalyzerGives() {
    StartupTables bundled = StartupTables.bundled();
    PhraseKeys keys = bundled.phraseKeys(TestKit.NORMALISER, TestKit.NLP);
    int phrases = 0;
    for (RulePack pack : Builtins.packs()) {
      for (Rule rule : pack.rules()) {
        if (rule instanceof Rule.TermRule term) {
          for (String t : term.terms()) {
            assertThat(keys.of(t, term.matchCase())).as(t).isEqualTo(COMPUTED.compute(t, term.matchCase()));
            phrases++;
          }
        }
        for (String u : rule.unless()) {
          assertThat(keys.of(u, false)).as(u).isEqualTo(COMPUTED.compute(u, false));
          phrases++;
        }
      }
    }
    for (String cue : FeatureExtractor.cuePhrases()) {
      assertThat(keys.of(cue, false)).as(cue).isEqualTo(COMPUTED.compute(cue, false));
    }
    // Every one of them came from the table, none was worked out at run time.
    assertThat(bundled.phraseCount()).isEqualTo(StartupTables.compute(Builtins.packs(), FeatureExtractor.cuePhrases(), COMPUTED).phraseCount());
    assertThat(phrases).isGreaterThan(500);
  }

  @Test
  void theBundledScreenPicksTheSameCandidatesAsOneBuiltNow() throws Exception {
    StartupTables bundled = StartupTables.bundled();
    List<Regex> patterns = Builtins.packs().stream().flatMap(p -> p.rules().stream())
        .filter(r -> r instanceof Rule.PatternRule).map(r -> ((Rule.PatternRule) r).pattern()).toList();
    assertThat(bundled.patternCount()).isEqualTo(patterns.stream().distinct().count());
    PatternScreen.Builder fresh = PatternScreen.builder();
    for (int i = 0; i < patterns.size(); i++) {
      fresh.add(i, patterns.get(i).compiled());
    }
    PatternScreen now = fresh.build();
    List<String> sentences = new java.util.ArrayList<>(CleanCorpusTest.sentences());
    Builtins.packs().forEach(p -> p.rules().forEach(r -> sentences.addAll(r.info().examples().flag())));
    int candidates = 0;
    for (String sentence : sentences) {
      java.util.BitSet expected = now.candidates(sentence);
      java.util.BitSet slots = bundled.screen().candidates(sentence);
      candidates += expected.cardinality();
      for (int i = 0; i < patterns.size(); i++) {
        int slot = bundled.slot(patterns.get(i)).orElseThrow();
        assertThat(slots.get(slot)).as("%s on %s", patterns.get(i), sentence).isEqualTo(expected.get(i));
      }
    }
    // Not a vacuous comparison: the flag examples alone make hundreds of candidates.
    assertThat(candidates).isGreaterThan(sentences.size() / 4);
  }

  @Test
  void aPhraseNotInTheTableIsWorkedOutWhenNeeded() {
    PhraseKeys keys = StartupTables.bundled().phraseKeys(TestKit.NORMALISER, TestKit.NLP);
    assertThat(keys.of("Hard-to-reach families", false)).containsExactly("hard", "to", "reach", "family");
    assertThat(keys.of("MARAC", true)).containsExactly("MARAC");
  }

  @Test
  void aUsersPatternIsScreenedBesideTheBuiltInOnes() {
    Regex builtIn = Builtins.packs().stream().flatMap(p -> p.rules().stream())
        .filter(r -> r.id().equals("label.controlling")).map(r -> ((Rule.PatternRule) r).pattern()).findFirst().orElseThrow();
    Regex own = Regex.of(Pattern.compile("\\bnot in the table\\b", Pattern.CASE_INSENSITIVE));
    assertThat(StartupTables.bundled().slot(own)).isEmpty();
    PatternCandidates candidates = PatternCandidates.builder(StartupTables.bundled()).add(0, builtIn).add(1, own).build();
    assertThat(candidates.of("He is controlling.")).hasToString("{0}");
    assertThat(candidates.of("This is NOT in the table.")).hasToString("{1}");
    assertThat(candidates.of("Nothing here.")).hasToString("{}");
  }

  @Test
  void theTableReadsBackAsWrittenAndTheSamePacksGiveTheSameBytes() throws IOException {
    StartupTables tables = StartupTables.compute(Builtins.packs(), FeatureExtractor.cuePhrases(), COMPUTED);
    ByteArrayOutputStream first = new ByteArrayOutputStream();
    tables.write(first);
    StartupTables read = StartupTables.read(new ByteArrayInputStream(first.toByteArray())).orElseThrow();
    ByteArrayOutputStream second = new ByteArrayOutputStream();
    read.write(second);
    assertThat(second.toByteArray()).isEqualTo(first.toByteArray());
  }

  @Test
  void aTableOfAnotherFormatIsIgnored() throws IOException {
    assertThat(StartupTables.read(new ByteArrayInputStream(new byte[] {0, 0, 0, 99}))).isEmpty();
  }
}
