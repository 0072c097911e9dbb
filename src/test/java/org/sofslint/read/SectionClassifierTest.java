package org.sofslint.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sofslint.TestKit;
import org.sofslint.document.SectionKind;

class SectionClassifierTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      What are we worried about?             | worries
      WHAT ARE WE WORRIED ABOUT              | worries
      What’s working well?                   | working-well
      What is working well                   | working-well
      3. What needs to happen?               | needs-to-happen
      Danger statement                       | danger
      Danger Statements:                     | danger
      Worry statements (what could happen)   | danger
      Past harm                              | past-harm
      What has happened                      | past-harm
      Complicating factors                   | complicating-factors
      Strengths & resources                  | strengths
      Existing safety                        | existing-safety
      Safety goal(s)                         | safety-goals
      Next steps                             | next-steps
      Scaling                                | scaling
      Where are we on a scale of 0-10?       | scaling
      Safety scale – where are we now        | scaling
      Section 4: Danger statements           | danger
      Reason for referral                    | other
      MASH decision                          | other
      """)
  void recognisesTheWordingsAuthoritiesUse(String heading, String kind) {
    assertThat(TestKit.CLASSIFIER.classify(heading)).contains(SectionKind.fromId(kind).orElseThrow());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      Dad's drinking
      A danger to the children when Dad drinks
      """)
  void leavesOtherWordingsAlone(String heading) {
    assertThat(TestKit.CLASSIFIER.classify(heading)).isEqualTo(Optional.empty());
  }

  @Test
  void aWholeLineIsALabelOnlyUpToEightWordsWhateverWhiteSpaceSeparatesThem() {
    SectionKind danger = SectionKind.fromId("danger").orElseThrow();
    assertThat(TestKit.CLASSIFIER.label("Danger statements (what could happen to the children)")).contains(danger);
    assertThat(TestKit.CLASSIFIER.label("Danger\tstatements\u000B(what could  happen to the\nchildren)")).contains(danger);
    assertThat(TestKit.CLASSIFIER.label("Danger statements (what could happen to the children here)")).isEmpty();
    assertThat(TestKit.CLASSIFIER.label("Danger\tstatements (what could happen to\fthe children\there)")).isEmpty();
  }

  @Test
  void aNoteInRoundOrSquareBracketsAfterALabelIsLeftOut() {
    SectionKind danger = SectionKind.fromId("danger").orElseThrow();
    assertThat(TestKit.CLASSIFIER.label("Danger statements (draft)")).contains(danger);
    assertThat(TestKit.CLASSIFIER.label("Danger statements [to agree with the family]")).contains(danger);
    assertThat(TestKit.CLASSIFIER.label("Danger statements draft")).isEmpty();
  }
}
