package org.sofslint.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.sofslint.check.FileOutcome;
import org.sofslint.check.Finding;
import org.sofslint.document.Location;
import org.sofslint.document.WordPlace;
import org.sofslint.rules.RuleInfo;
import org.sofslint.rules.Suggestion;

/**
 * {@code --redact}: takes every word of the report out of an outcome, so that a summary can be
 * shared beyond the team. A file's path becomes {@code report-} and the start of its SHA-256 (the
 * same path always gives the same name, and whoever holds the files can match them up); a
 * finding keeps its rule's own wording, with each place the report's words would go shown as
 * {@code [match]}, {@code [child]} and so on; the matched words and Word headings go. Renderers
 * must also print no document text when redacting.
 */
public final class Redactor {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z-]+)}");
  private static final int NAME_HEX_DIGITS = 12;

  private final Function<String, Optional<RuleInfo>> rules;

  public Redactor(Function<String, Optional<RuleInfo>> rules) {
    this.rules = rules;
  }

  public FileOutcome redact(FileOutcome outcome) {
    if (outcome instanceof FileOutcome.Checked checked) {
      return new FileOutcome.Checked(name(checked.path()), checked.document(),
          checked.findings().stream().map(this::redact).toList(), checked.failing());
    }
    FileOutcome.Unreadable unreadable = (FileOutcome.Unreadable) outcome;
    return new FileOutcome.Unreadable(name(unreadable.path()), unreadable.problem());
  }

  /** The name a path is given in redacted output. */
  public static String name(String path) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(path.getBytes(StandardCharsets.UTF_8));
      return "report-" + HexFormat.of().formatHex(digest).substring(0, NAME_HEX_DIGITS);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  private Finding redact(Finding finding) {
    Optional<RuleInfo> info = rules.apply(finding.ruleId());
    String message = info.map(i -> unfilled(i.message())).orElse("[" + finding.ruleId() + "]");
    List<Suggestion> suggestions = info.map(i -> i.suggestions().stream()
        .map(s -> s instanceof Suggestion.Advice ? (Suggestion) new Suggestion.Advice(unfilled(s.text())) : s).toList())
        .orElse(List.of());
    return new Finding(finding.ruleId(), finding.pack(), finding.discipline(), finding.severity(), finding.section(),
        finding.span(), withoutHeading(finding.location()), message, suggestions, "");
  }

  /** A rule's template with each {@code {name}} shown as {@code [name]}, as guidance shows its gaps. */
  private static String unfilled(String template) {
    return PLACEHOLDER.matcher(template).replaceAll("[$1]");
  }

  private static Location withoutHeading(Location at) {
    Optional<WordPlace> place = at.word().map(word -> {
      if (word instanceof WordPlace.Body body) {
        return new WordPlace.Body(body.paragraph(), "");
      } else if (word instanceof WordPlace.Cell cell) {
        return new WordPlace.Cell(cell.table(), cell.row(), cell.cell(), cell.paragraph(), cell.paragraphs(), "");
      }
      WordPlace.TextBox box = (WordPlace.TextBox) word;
      return new WordPlace.TextBox(box.box(), box.paragraph(), "");
    });
    return new Location(at.line(), at.column(), at.endLine(), at.endColumn(), place);
  }
}
