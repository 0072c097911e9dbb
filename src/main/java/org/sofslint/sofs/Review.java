package org.sofslint.sofs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sofslint.document.Document;
import org.sofslint.document.SectionKind;
import org.sofslint.document.Sentence;
import org.sofslint.document.Span;
import org.sofslint.nlp.SentenceTags;

/**
 * One report as the structural checks see it: its statements, the people it names, the parts
 * its template requires, and each statement's features, worked out once when first asked for.
 * Mutable: a cache for one document, used by one thread.
 */
public final class Review {
  private final Document document;
  private final List<Statement> statements;
  private final People people;
  private final List<List<SectionKind>> requiredParts;
  private final SentenceTags tags;
  private final FeatureExtractor extractor;
  // By identity: every check asks about the statements this review handed out, and a statement's
  // own hash walks all its sentences and tokens.
  private final Map<Statement, Features> features = new IdentityHashMap<>();
  // The certainty check and the features both read a statement's cues, and most statements get both.
  private final Map<Statement, CueHits> cues = new IdentityHashMap<>();

  public Review(Document document, List<Sentence> sentences, SentenceTags tags, FeatureExtractor extractor,
      List<List<SectionKind>> requiredParts) {
    this.document = document;
    this.statements = Statements.of(document, sentences);
    this.people = People.find(sentences);
    this.requiredParts = List.copyOf(requiredParts);
    this.tags = tags;
    this.extractor = extractor;
  }

  public Document document() {
    return document;
  }

  public List<Statement> statements() {
    return statements;
  }

  public People people() {
    return people;
  }

  public List<List<SectionKind>> requiredParts() {
    return requiredParts;
  }

  public List<Statement> in(SectionKind... kinds) {
    Set<SectionKind> wanted = Set.of(kinds);
    return statements.stream().filter(s -> wanted.contains(s.section())).toList();
  }

  public Features features(Statement statement) {
    return features.computeIfAbsent(statement, s -> extractor.features(s, text(s), people, tags, cues(s)));
  }

  private CueHits cues(Statement statement) {
    return cues.computeIfAbsent(statement, extractor::cues);
  }

  /** The statement's text, after the text of the line introducing it if there is one. */
  private String text(Statement statement) {
    String own = text(statement.span());
    return statement.context().isEmpty() ? own
        : text(new Span(statement.context().get(0).span().start(),
            statement.context().get(statement.context().size() - 1).span().end())) + " " + own;
  }

  /** Content words (normalised) of a statement, for matching danger statements to goals. */
  Set<String> contentWords(Statement statement) {
    return extractor.contentWords(statement);
  }

  /** Where the statement sounds certain about a person; from its cues, so it needs no tagging. */
  List<Span> certainty(Statement statement) {
    return Certainty.find(statement, cues(statement), people);
  }


  public String text(Span span) {
    return document.text(span);
  }

  /**
   * Danger statements: statements under a danger heading, and statements in the worries column
   * that say someone is worried that or about something.
   */
  public List<Statement> dangerStatements() {
    List<Statement> danger = new ArrayList<>();
    for (Statement statement : statements) {
      if (statement.section() == SectionKind.DANGER
          || statement.section() == SectionKind.WORRIES && features(statement).worry().kind() != Worry.Kind.NONE) {
        danger.add(statement);
      }
    }
    return danger;
  }

  /** Words to fill into messages: the statement's child, worrier and adult, else the report's. */
  public Map<String, String> fills(Statement statement) {
    Features f = features(statement);
    Map<String, String> fills = new HashMap<>();
    fills.put("child", f.children().isEmpty()
        ? people.children().stream().findFirst().orElse("[child]")
        : f.children().get(0));
    fills.put("worried", f.worry().kind() == Worry.Kind.NAMED ? f.worry().who() : "[who]");
    return fills;
  }
}
