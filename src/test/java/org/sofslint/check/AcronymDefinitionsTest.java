package org.sofslint.check;

import static org.assertj.core.api.Assertions.assertThat;

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
}
