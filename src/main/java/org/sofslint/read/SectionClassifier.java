package org.sofslint.read;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sofslint.document.SectionKind;
import org.sofslint.document.Whitespace;
import org.sofslint.rules.Template;

/** Names the section kind a heading or label stands for, using a template's wordings. */
public final class SectionClassifier {
  private static final int MAX_LABEL_WORDS = 8;
  private static final Pattern LABEL_PREFIX = Pattern.compile("^\\s*([^:\\n]{1,60}?)\\s*:\\s*");
  private static final Pattern PARENTHESIS = Pattern.compile("\\s*[(\\[][^)\\]]*[)\\]]\\s*");
  private static final Pattern DASH = Pattern.compile("\\s+[-–—]\\s+");

  private final Template template;

  public SectionClassifier(Template template) {
    this.template = template;
  }

  /**
   * The kind a heading names: its whole wording, else the part before a colon, bracket or
   * dash, else the part after a colon ("Section 3: Danger statements").
   */
  public Optional<SectionKind> classify(String heading) {
    Optional<SectionKind> whole = label(heading);
    if (whole.isPresent()) {
      return whole;
    }
    int colon = heading.indexOf(':');
    if (colon > 0) {
      Optional<SectionKind> before = template.kindOf(heading.substring(0, colon));
      return before.isPresent() ? before : template.kindOf(heading.substring(colon + 1));
    }
    Matcher dash = DASH.matcher(heading);
    return dash.find() ? template.kindOf(heading.substring(0, dash.start())) : Optional.empty();
  }

  /** The kind a short line names when the whole line is a label ("HARM", "Safety goals:"). */
  public Optional<SectionKind> label(String line) {
    String text = line.strip();
    if (text.isEmpty() || hasMoreWordsThan(text, MAX_LABEL_WORDS)) {
      return Optional.empty();
    }
    Optional<SectionKind> kind = template.kindOf(text);
    // Without a bracket there is nothing to take out, and the same text would be keyed again.
    if (kind.isPresent() || text.indexOf('(') < 0 && text.indexOf('[') < 0) {
      return kind;
    }
    return template.kindOf(PARENTHESIS.matcher(text).replaceAll(" "));
  }

  /**
   * Counts only as far as it must: most lines are prose, far longer than a label. Words are what
   * runs of white space ({@code \s}: space, tab, line and page breaks) part; asked of every line,
   * so a loop rather than an expression.
   */
  private static boolean hasMoreWordsThan(String stripped, int limit) {
    int words = 1;
    boolean inGap = false;
    for (int i = 0; i < stripped.length() && words <= limit; i++) {
      boolean gap = Whitespace.is(stripped.charAt(i));
      if (gap && !inGap) {
        words++;
      }
      inGap = gap;
    }
    return words > limit;
  }

  /** A label opening a line of prose ("Harm: Dad hit…"): its kind and where the prose starts. */
  public Optional<Prefix> prefix(String line) {
    if (line.indexOf(':') < 0) {
      return Optional.empty();
    }
    Matcher matcher = LABEL_PREFIX.matcher(line);
    if (!matcher.find() || matcher.end() >= line.length()) {
      return Optional.empty();
    }
    return template.kindOf(matcher.group(1)).map(kind -> new Prefix(kind, matcher.end()));
  }

  /** A section label at the start of a line, and the offset where the rest begins. */
  public record Prefix(SectionKind kind, int restStart) {}

  public SectionKind columnDefault(SectionKind column) {
    return template.columnDefault(column);
  }
}
