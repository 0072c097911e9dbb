package org.sofslint.sofs;

import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sofslint.document.SectionKind;
import org.sofslint.document.Span;
import org.sofslint.document.Token;
import org.sofslint.nlp.PhraseIndex;

/**
 * An assessment is work in progress: words of certainty about a person ("clearly", "it is
 * evident that", "Dad always…", "Mum never…") close it off. Goals and next steps may say
 * "always" and "never" about what will happen, and scale anchors may ("the mum she always
 * wanted to be"), so those are left alone.
 */
final class CertaintyCheck implements StructureCheck {
  static final String NAME = "certainty";
  private static final Set<SectionKind> EXEMPT =
      Set.of(SectionKind.SAFETY_GOALS, SectionKind.NEXT_STEPS, SectionKind.NEEDS_TO_HAPPEN);
  private static final Set<String> PERSONS = Set.of("he", "she", "they");

  @Override
  public List<String> outcomes() {
    return List.of("absolute");
  }

  @Override
  public List<Flag> check(Review review, Set<String> wanted, Map<String, String> parameters) {
    Outcomes outcomes = new Outcomes(wanted, review);
    for (Statement statement : review.statements()) {
      if (EXEMPT.contains(statement.section())) {
        continue;
      }
      CueHits hits = review.cues(statement);
      List<Token> tokens = statement.tokens();
      if (aboutAPerson(tokens, hits)) {
        for (PhraseIndex.Match<Cue> m : hits.of(Cue.CERTAINTY)) {
          outcomes.add(flag(statement, tokens, m, review));
        }
      }
      if (statement.section() == SectionKind.SCALING) {
        continue;
      }
      for (PhraseIndex.Match<Cue> m : hits.of(Cue.ALWAYS_NEVER)) {
        if (aboutAnAdult(tokens, hits, review.people(), m.first())) {
          outcomes.add(flag(statement, tokens, m, review));
        }
      }
    }
    return outcomes.flags();
  }

  private static Flag flag(Statement statement, List<Token> tokens, PhraseIndex.Match<Cue> m, Review review) {
    Span span = new Span(tokens.get(m.first()).span().start(), tokens.get(m.last()).span().end());
    return new Flag.At("absolute", span, review.fills(statement));
  }

  /** The statement is about someone: a role, a child word, a name or a personal pronoun. */
  private static boolean aboutAPerson(List<Token> tokens, CueHits hits) {
    for (int i = 0; i < tokens.size(); i++) {
      String word = tokens.get(i).text();
      if (hits.covers(Cue.ADULT, i) || hits.covers(Cue.CHILD, i) || People.isName(word)
          || PERSONS.contains(word.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** An adult (by role, name or pronoun) is named in the clause before "always"/"never". */
  private static boolean aboutAnAdult(List<Token> tokens, CueHits hits, People people, int at) {
    int start = at;
    while (start > 0 && !Set.of(";", ".", ",").contains(tokens.get(start - 1).text()) && at - start < 12) {
      start--;
    }
    for (int i = start; i < at; i++) {
      String word = tokens.get(i).text();
      if (hits.covers(Cue.ADULT, i) || people.isAdult(word) || PERSONS.contains(word.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }
}
