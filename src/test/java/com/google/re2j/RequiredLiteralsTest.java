package com.google.re2j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RequiredLiteralsTest {
  private static List<List<Set<String>>> branches(String regex) {
    return RequiredLiterals.of(Pattern.compile(regex, Pattern.CASE_INSENSITIVE)).orElseThrow().stream()
        .map(RequiredLiterals.Branch::sets).toList();
  }

  /** The strings of a pattern that has one branch needing one set. */
  private static Set<String> required(String regex) {
    List<List<Set<String>>> branches = branches(regex);
    assertThat(branches).hasSize(1);
    assertThat(branches.get(0)).hasSize(1);
    return branches.get(0).get(0);
  }

  @Test
  void aFixedPhraseIsRequiredAsItIsFolded() {
    assertThat(required("\\bIn Denial\\b")).containsExactly("in denial");
  }

  @Test
  void everyBranchOfAnAlternationGivesItsOwnString() {
    Set<String> strings = required("\\b(?:hostile|aggressive)\\s+(?:towards|to)\\b");
    assertThat(strings).isNotEmpty();
    for (String text : new String[] {"was hostile towards", "aggressive to", "HOSTILE TO"}) {
      assertThat(strings).anyMatch(s -> text.toLowerCase().contains(s));
    }
  }

  @Test
  void optionalPartsAreNotRequiredButTheRestIs() {
    assertThat(required("\\b(?:un)?supervised\\s+contact\\b")).containsExactlyInAnyOrder("unsupervised contact", "supervised contact");
    assertThat(required("(?:very )*controlling")).containsExactly("controlling");
  }

  @Test
  void fixedPartsNextToEachOtherMakeLongerStrings() {
    assertThat(required("\\bcho(?:se|oses|osing)\\s+to\\b")).containsExactlyInAnyOrder("chose to", "chooses to", "choosing to");
    assertThat(required("\\b[Ss]ocial worker")).containsExactly("social worker");
  }

  @Test
  void anAlternationRe2jFactorsIntoAnEmptyBranchIsStillKnownExactly() {
    // RE2J parses this as t(?:ook|ak(?:e(?:s||n)|ing)): the empty branch once made it all unknown
    // but for "ak" or "ook", so "make" and "book" let the pattern run.
    assertThat(required("\\b(?:took|takes|take|taken|taking)\\s+"))
        .containsExactlyInAnyOrder("took ", "takes ", "take ", "taken ", "taking ");
  }

  @Test
  void whitespaceOfAnyLengthIsOneSpace() {
    assertThat(required("\\bit\\s+(?:appears|seems)\\s+that\\b")).containsExactlyInAnyOrder("it appears that", "it seems that");
    assertThat(required("in\\s*\\s denial")).containsExactlyInAnyOrder("in denial");
    assertThat(RequiredLiterals.fold('\t')).isEqualTo(' ');
  }

  @Test
  void everyPartAMatchMustContainIsRequiredNotOnlyTheMostSelective() {
    // "she has" is common and "issues" fairly common; together they are rare.
    assertThat(branches("\\b(?:mum|dad|he|she)\\s+has\\s+(?:\\w+\\s+)?issues\\b")).containsExactly(List.of(
        Set.of("mum has ", "dad has ", "he has ", "she has "), Set.of("issues")));
  }

  @Test
  void eachBranchOfTheWholePatternIsKnownApart() {
    assertThat(branches("\\bin denial\\b|\\bcontrolling\\s+\\w+\\s+behaviour")).containsExactly(
        List.of(Set.of("in denial")), List.of(Set.of("controlling "), Set.of(" behaviour")));
  }

  @Test
  void aListOfWordsBeforeAListOfNounsIsKnownPairByPairUpTo128Pairs() {
    // Five adjectives and fourteen nouns: known only as "bad " and "child" apart, every sentence
    // with "bad" in it ran label.problem-child, 1,075 runs for 76 matches over 250 reports.
    String nouns = "(?:child|children|kid|kids|boy|boys|girl|girls|teen|teens|teenager|teenagers|youth|youths)";
    Set<String> pairs = required("\\b(?:problem|troubled|naughty|bad|difficult)\\s+" + nouns + "\\b");
    assertThat(pairs).hasSize(70).contains("bad child", "troubled teenagers").doesNotContain("bad ");
    // Twelve by twelve is too many pairs: each list is required apart, the longer strings first.
    String twelve = "(?:aa|bb|cc|dd|ee|ff|gg|hh|ii|jj|kk|ll)";
    assertThat(branches("\\bx" + twelve + "\\s+" + twelve + "yy\\b")).containsExactly(List.of(
        Set.of("aayy", "bbyy", "ccyy", "ddyy", "eeyy", "ffyy", "ggyy", "hhyy", "iiyy", "jjyy", "kkyy", "llyy"),
        Set.of("xaa ", "xbb ", "xcc ", "xdd ", "xee ", "xff ", "xgg ", "xhh ", "xii ", "xjj ", "xkk ", "xll ")));
  }

  @Test
  void aBranchKeepsItsThreeMostSelectiveSets() {
    assertThat(branches("\\bab\\w+abcd\\w+abc\\w+abcde\\w+abcdef")).containsExactly(List.of(
        Set.of("abcdef"), Set.of("abcde"), Set.of("abcd")));
  }

  @Test
  void aPatternThatCanNeverMatchRequiresTheImpossible() {
    assertThat(RequiredLiterals.of(Pattern.compile("[^\\x00-\\x{10FFFF}]")).orElseThrow())
        .containsExactly(new RequiredLiterals.Branch(List.of(Set.of())));
  }

  @Test
  void aPatternThatNeedsNoFixedTextRequiresNothing() {
    assertThat(RequiredLiterals.of(Pattern.compile("[A-Z]{3,}"))).isEmpty();
    assertThat(RequiredLiterals.of(Pattern.compile("(?:Mum)?\\d+"))).isEmpty();
    assertThat(RequiredLiterals.of(Pattern.compile("Mum|\\d+"))).isEmpty();
  }

  @Test
  void foldingTreatsCaseVariantsAlike() {
    assertThat(RequiredLiterals.fold('K')).isEqualTo('k');
    assertThat(RequiredLiterals.fold('\u212A')).isEqualTo('k');
    assertThat(RequiredLiterals.fold('\u017F')).isEqualTo('s');
  }

  @Test
  void theCharactersAMatchStartsWithAreKnownWhenTheyAreFewLettersOrDigits() {
    assertThat(RequiredLiterals.firstCharacters("(?i)\\b(?:took|drove|kept)\\s+to")).contains("DKTdkt");
    assertThat(RequiredLiterals.firstCharacters("\\b[Tt]he\\s+(?:birth\\s+)?mother")).contains("Tt");
    assertThat(RequiredLiterals.firstCharacters("(?i)\\b\\d{1,2}\\s*(?:am|pm)")).contains("0123456789");
    // An optional opening adds the characters of what follows it; a case-sensitive part keeps its case.
    assertThat(RequiredLiterals.firstCharacters("(?i)(?:very\\s+)?good|(?-i:May)")).contains("GMVgv");
    // White space, a class of many letters, an empty match or a construct RE2J cannot read: not known.
    assertThat(RequiredLiterals.firstCharacters("(?i)\\s+x")).isEmpty();
    assertThat(RequiredLiterals.firstCharacters("\\p{Lu}{3}")).isEmpty();
    assertThat(RequiredLiterals.firstCharacters("[a-zA-Z]+ing")).isEmpty();
    assertThat(RequiredLiterals.firstCharacters("(?i)a?")).isEmpty();
    assertThat(RequiredLiterals.firstCharacters("a++")).isEmpty();
  }
}
