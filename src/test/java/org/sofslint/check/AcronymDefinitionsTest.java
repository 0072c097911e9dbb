package org.sofslint.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class AcronymDefinitionsTest {
  private static boolean definedAt(String text, String acronym) {
    return AcronymDefinitions.in(text).explains(acronym, text.length());
  }

  @Test
  void theSpelledOutFormMayComeBeforeOrAfterTheAcronym() {
    assertThat(definedAt("Sam has a Child Protection Plan (CPP).", "CPP")).isTrue();
    assertThat(definedAt("Sam has a CPP (Child Protection Plan).", "CPP")).isTrue();
  }

  @Test
  void wordsGiveTheirFirstLettersAndSmallWordsMayBeSkipped() {
    assertThat(definedAt("the Multi-Agency Safeguarding Hub (MASH)", "MASH")).isTrue();
    assertThat(definedAt("Child and Adolescent Mental Health Services (CAMHS)", "CAMHS")).isTrue();
    assertThat(definedAt("an Education, Health and Care Plan (EHCP)", "EHCP")).isTrue();
    assertThat(definedAt("a Special Educational Needs Co-ordinator (SENCo)", "SENCO")).isTrue();
    assertThat(definedAt("Section 47 (S47) enquiries", "S47")).isTrue();
    assertThat(definedAt("a child in need (CIN)", "CIN")).isTrue();
  }

  @Test
  void pluralsAndCaseDoNotMakeANewAcronym() {
    assertThat(definedAt("Looked After Children (LAC) reviews", "LACs")).isTrue();
    assertThat(definedAt("Special Educational Needs Co-ordinator (SENCO)", "SENCo")).isTrue();
  }

  @Test
  void bracketsThatDoNotSpellItAreNotADefinition() {
    assertThat(definedAt("Mum saw the GP (Dr Patel).", "GP")).isFalse();
    assertThat(definedAt("We met at the MASH (on Monday).", "MASH")).isFalse();
    assertThat(definedAt("Sam is on a plan (CPP).", "CPP")).isFalse();
  }

  @Test
  void anAcronymIsExplainedOnlyFromItsDefinitionOn() {
    String text = "The CPP started in May. Sam has a Child Protection Plan (CPP).";
    AcronymDefinitions definitions = AcronymDefinitions.in(text);
    assertThat(definitions.explains("CPP", text.indexOf("CPP"))).isFalse();
    assertThat(definitions.explains("CPP", text.indexOf("Child"))).isTrue();
    assertThat(definitions.explains("Child", text.length())).isFalse();
  }

  @Test
  void bracketByBracketFindsWhatAScanOfTheWholeTextFinds() {
    String[] pieces = {"Child", " ", "Protection", "Plan", "(", ")", "CPP", "(CPP)", " (", "Sam", "A-B", "Co-ordinator",
        "\n", "\t", "  ", "x", "SENCo", "S47", "ABCDEFGHIJKLM", "é", "((", "))", ".", ",", "of", "the", "7"};
    Random random = new Random(3);
    int inBrackets = 0;
    int beforeBrackets = 0;
    for (int trial = 0; trial < 3_000; trial++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(40); i > 0; i--) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      String t = text.toString();
      assertThat(shapes(AcronymDefinitions.acronymsInBrackets(t))).as(t).isEqualTo(scan(AcronymDefinitions.BRACKETED, t));
      assertThat(shapes(AcronymDefinitions.acronymsBeforeBrackets(t))).as(t)
          .isEqualTo(scan(AcronymDefinitions.BEFORE_BRACKETS, t));
      inBrackets += AcronymDefinitions.acronymsInBrackets(t).size();
      beforeBrackets += AcronymDefinitions.acronymsBeforeBrackets(t).size();
    }
    assertThat(inBrackets).isGreaterThan(300);
    assertThat(beforeBrackets).isGreaterThan(300);
  }

  private static List<String> scan(Pattern pattern, String text) {
    return shapes(pattern.matcher(text).results().toList());
  }

  private static List<String> shapes(List<MatchResult> matches) {
    return matches.stream().map(m -> m.start() + "-" + m.end() + ":" + m.group(1)).toList();
  }
}
