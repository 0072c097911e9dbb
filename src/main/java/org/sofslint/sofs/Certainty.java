package org.sofslint.sofs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sofslint.document.SectionKind;
import org.sofslint.document.Span;
import org.sofslint.document.Token;
import org.sofslint.nlp.PhraseIndex;

/**
 * Words of certainty about a person: "clearly", "it is evident that" in a statement about
 * someone, and "always"/"never" when the clause is about an adult ("Dad always shouts", not
 * "Sam always walks to school with her nan"). Scale anchors may say "always" ("the mum she
 * always wanted to be"), so not in scaling. Needs only cues, no tagging.
 */
final class Certainty {
  private static final Set<String> PERSONS = Set.of("he", "she", "they");
  private static final Set<String> CLAUSE_ENDS = Set.of(";", ".", ",", "and", "but");

  private Certainty() {}

  static List<Span> find(Statement statement, CueHits hits, People people) {
    List<Token> tokens = statement.tokens();
    List<Span> found = new ArrayList<>();
    if (aboutAPerson(tokens, hits)) {
      hits.of(Cue.CERTAINTY).forEach(m -> found.add(span(tokens, m)));
    }
    if (statement.section() != SectionKind.SCALING) {
      for (PhraseIndex.Match<Cue> m : hits.of(Cue.ALWAYS_NEVER)) {
        if (aboutAnAdult(tokens, hits, people, m.first())) {
          found.add(span(tokens, m));
        }
      }
    }
    found.sort(Comparator.comparingInt(Span::start));
    return found;
  }

  private static Span span(List<Token> tokens, PhraseIndex.Match<Cue> m) {
    return new Span(tokens.get(m.first()).span().start(), tokens.get(m.last()).span().end());
  }

  private static boolean aboutAPerson(List<Token> tokens, CueHits hits) {
    for (int i = 0; i < tokens.size(); i++) {
      if (isPerson(tokens, hits, i) || hits.covers(Cue.CHILD, i)) {
        return true;
      }
    }
    return false;
  }

  /** The clause's first person (its subject, usually) is an adult: a role, a known adult, he or she. */
  private static boolean aboutAnAdult(List<Token> tokens, CueHits hits, People people, int at) {
    int start = at;
    while (start > 0 && !CLAUSE_ENDS.contains(tokens.get(start - 1).text().toLowerCase(Locale.ROOT)) && at - start < 12) {
      start--;
    }
    for (int i = start; i < at; i++) {
      if (isPerson(tokens, hits, i) || hits.covers(Cue.CHILD, i)) {
        String word = tokens.get(i).text();
        return hits.covers(Cue.ADULT, i) || people.isAdult(word) || PERSONS.contains(word.toLowerCase(Locale.ROOT));
      }
    }
    return false;
  }

  private static boolean isPerson(List<Token> tokens, CueHits hits, int i) {
    String word = tokens.get(i).text();
    return hits.covers(Cue.ADULT, i) || People.isName(word) || PERSONS.contains(word.toLowerCase(Locale.ROOT));
  }
}
