package org.sofslint.sofs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sofslint.TestKit;
import org.sofslint.document.Document;
import org.sofslint.document.SectionKind;
import org.sofslint.document.Span;
import org.sofslint.nlp.SentenceTags;

/** Each statement feature on its own, on statements written to show it. */
class FeaturesTest {
  static Features of(String text) {
    return of(text, SectionKind.DANGER);
  }

  static Features of(String text, SectionKind kind) {
    Review review = review(text, kind);
    return review.features(review.statements().get(0));
  }

  static Review review(String text, SectionKind kind) {
    Document document = TestKit.listItem(text, kind);
    return new Review(document, TestKit.NLP.sentences(document), new SentenceTags(TestKit.NLP), TestKit.FEATURES,
        List.of());
  }

  /** Where the text, a statement on its own, sounds certain about a person. */
  static List<Span> certaintyOf(String text, SectionKind kind) {
    Review review = review(text, kind);
    return review.certainty(review.statements().get(0));
  }

  @Nested
  class TimeOrientation {
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        Dad hit Sam last night.                                   | true  | false
        Mum has left the children alone twice since May.          | true  | false
        Sam could have been badly hurt.                           | true  | false
        Dad said he would stop drinking.                          | true  | false
        The children might get hurt if nothing changes.           | false | true
        Mum is going to move back in with Dan.                    | false | true
        Sam is at risk of being left alone again.                 | false | true
        If Dad drinks, Mum leaves.                                 | false | true
        Dad hit Sam last night and will do it again.              | true  | true
        """)
    void pastAndFutureComeFromTheWordsNotTheTags(String text, boolean past, boolean future) {
      Features f = of(text);
      assertThat(f.past()).as("past").isEqualTo(past);
      assertThat(f.future()).as("future").isEqualTo(future);
    }

    @Test
    void aVerbLikeHitIsPastAfterASingularSubjectOnly() {
      assertThat(of("Dad hit Sam.").past()).isTrue();
      assertThat(of("Dad might hit Sam.").past()).isFalse();
      assertThat(of("Mum and Dad hit each other when they argue.").past()).isFalse();
    }

    @Test
    void thePresentIsWhatGoesOnNow() {
      assertThat(of("Dad drinks every night.").present()).isTrue();
      assertThat(of("Mum has depression.").present()).isTrue();
      assertThat(of("Dad hit Sam yesterday.").present()).isFalse();
    }
  }

  @Nested
  class WhoIsWorried {
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        Jo and Priya at Children's Services are worried that Sam could be hurt.      | NAMED   | Jo and Priya at Children's Services
        The school, the police and Jo, the social worker, are concerned that Sam will miss school. | NAMED | 'The school, the police and Jo, the social worker,'
        Our worry (Children's Services and Sam's school) is that Sam will be hurt.   | NAMED   | Our worry (Children's Services and Sam's school)
        We are worried that Dad will drink.                                          | NAMED   | We
        Although Dad has stopped drinking, Gran fears that he will start again.      | NAMED   | Gran
        There are concerns that Mum's drinking will affect Sam.                      | GENERIC |
        It is felt that Sam could be hurt.                                            | GENERIC |
        Concerns have been raised that Sam is left alone.                            | GENERIC |
        Professionals are worried that Sam will be hurt.                             | GENERIC | Professionals
        Dad drinks and Sam is scared.                                                | NONE    |
        """)
    void theWorrierIsNamedGenericOrMissing(String text, Worry.Kind kind, String who) {
      Worry worry = of(text).worry();
      assertThat(worry.kind()).isEqualTo(kind);
      if (kind == Worry.Kind.NAMED) {
        assertThat(worry.who()).isEqualTo(who);
      }
    }
  }

  @Nested
  class PeopleAndWhatHappensToThem {
    @Test
    void childrenAreNamedByWordOrName() {
      assertThat(of("The baby and the girls were alone.").children()).contains("baby", "girls");
      assertThat(of("Dad shouted at Sam.").children()).containsExactly("Sam");
      assertThat(of("Mr Hale shouted.").children()).isEmpty();
    }

    @Test
    void caregiverBehaviourIsSomethingAnAdultDoesOrFailsToDo() {
      assertThat(of("Jo is worried that if Dad keeps drinking Sam will be hurt.").behaviour()).isTrue();
      assertThat(of("Jo is worried that Sam will not be fed.").behaviour()).isTrue();
      assertThat(of("CSC are worried about domestic violence and neglect.").behaviour()).isFalse();
      assertThat(of("We are worried that Dad is controlling and in denial.").behaviour()).isFalse();
    }

    @Test
    void impactIsAnEffectOnAChild() {
      assertThat(of("Sam could be hurt or go hungry.").childImpact()).isTrue();
      assertThat(of("Mum left Maya (3) alone in the flat.").childImpact()).isTrue();
      assertThat(of("Zoë has missed 11 school days since September.").childImpact()).isTrue();
      assertThat(of("Dad will hurt Mum.").childImpact()).isFalse();
      assertThat(of("Kerry (Mum) said her dad died in November.").childImpact()).isFalse();
    }
  }

  @Nested
  class TimeEvidence {
    @Test
    void whenSaysWhenSomethingHappened() {
      assertThat(of("On 3 May Dad hit Sam.").when()).isTrue();
      assertThat(of("When Kai was two, Dad burnt him.").when()).isTrue();
      assertThat(of("Dad hit Sam.").when()).isFalse();
    }

    @Test
    void overTimeShowsRepetitionOrSomeoneWhoConfirmedIt() {
      assertThat(of("Gran has had Sam every weekend since June.").overTime()).isTrue();
      assertThat(of("Mum called the police, and the police confirmed this.").overTime()).isTrue();
      assertThat(of("Mum called the police.").overTime()).isFalse();
    }

    @Test
    void durationIsAPeriodAhead() {
      assertThat(of("Dad will stay sober for the next six months.").duration()).isTrue();
      assertThat(of("Mum will do this until Sam starts school.").duration()).isTrue();
      assertThat(of("Dad will stay sober.").duration()).isFalse();
    }
  }

  @Nested
  class Goals {
    @Test
    void absenceOnlyMeansEveryActionIsStopped() {
      assertThat(of("Dad will not drink.").absenceOnly()).isTrue();
      assertThat(of("Mum will stop using cannabis.").absenceOnly()).isTrue();
      assertThat(of("Dad will not drink and will take Sam to football.").absenceOnly()).isFalse();
      assertThat(of("Sam will be safe.").absenceOnly()).isFalse();
    }

    @Test
    void serviceOnlyMeansEveryActionIsGoingToServices() {
      assertThat(of("Mum will attend a parenting course and engage with CGL.").serviceOnly()).isTrue();
      assertThat(of("Dad will keep all his CGL appointments.").serviceOnly()).isTrue();
      assertThat(of("Mum will use what she learns on the course to keep Sam safe.").serviceOnly()).isFalse();
    }

    @Test
    void theNetworkIsFamilyAndFriendsBeyondTheParents() {
      assertThat(of("Gran and a neighbour will check every Saturday.").network()).isTrue();
      assertThat(of("Mum will check every Saturday.").network()).isFalse();
    }
  }

  @Nested
  class Safety {
    @Test
    void intentionsLoveAndServicesAreNotActs() {
      assertThat(of("Mum says she will call the police.", SectionKind.EXISTING_SAFETY).intention()).isTrue();
      assertThat(of("Mum loves the girls.", SectionKind.EXISTING_SAFETY).strength()).isTrue();
      assertThat(of("Gran took the children to her house.", SectionKind.EXISTING_SAFETY).protectiveAct()).isTrue();
      assertThat(of("Gran collects Sam from school.", SectionKind.EXISTING_SAFETY).acts()).isTrue();
      assertThat(of("The home is clean and tidy.", SectionKind.EXISTING_SAFETY).acts()).isFalse();
    }

    @Test
    void categoriesAndConditionsAreNotEvents() {
      assertThat(of("Neglect.", SectionKind.PAST_HARM).category()).isTrue();
      assertThat(of("Mum has depression.", SectionKind.PAST_HARM).condition()).isTrue();
      assertThat(of("Dad drinks most days.", SectionKind.PAST_HARM).condition()).isTrue();
      assertThat(of("On 3 May Dad pushed Sam over.", SectionKind.PAST_HARM).category()).isFalse();
    }
  }

  @Nested
  class Certainty {
    @Test
    void certaintyIsAboutPeopleAndAlwaysNeverAboutAnAdult() {
      assertThat(certaintyOf("Mum is clearly unable to cope.", SectionKind.OTHER)).hasSize(1);
      assertThat(certaintyOf("Dad always shouts at the children.", SectionKind.OTHER)).hasSize(1);
      assertThat(certaintyOf("Sam always walks to school with Gran.", SectionKind.OTHER)).isEmpty();
      assertThat(certaintyOf("The visit was clearly recorded.", SectionKind.OTHER)).isEmpty();
      assertThat(certaintyOf("10 means she is the mum she always wanted to be.", SectionKind.SCALING)).isEmpty();
    }
  }
}
