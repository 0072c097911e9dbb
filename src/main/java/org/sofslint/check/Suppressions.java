package org.sofslint.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sofslint.document.SourceComment;

/**
 * Directives in source comments that silence rules:
 * {@code sofslint-disable [RULE…]} from its line on, {@code sofslint-enable [RULE…]} to undo it,
 * and {@code sofslint-disable-next-line [RULE…]} for the following line. A name is a rule or a
 * pack; no name means every rule.
 */
final class Suppressions {
  private static final Pattern DIRECTIVE =
      Pattern.compile("^sofslint-(disable-next-line|disable|enable)(?:\\s+(.*))?$", Pattern.DOTALL);

  private enum Kind { DISABLE, ENABLE, NEXT_LINE }

  private record Directive(int line, Kind kind, Set<String> names) {}

  private final List<Directive> directives;

  private Suppressions(List<Directive> directives) {
    this.directives = List.copyOf(directives);
  }

  static Suppressions of(List<SourceComment> comments) {
    List<Directive> directives = new ArrayList<>();
    for (SourceComment comment : comments) {
      Matcher m = DIRECTIVE.matcher(comment.text());
      if (!m.matches()) {
        continue;
      }
      Kind kind = switch (m.group(1)) {
        case "disable" -> Kind.DISABLE;
        case "enable" -> Kind.ENABLE;
        default -> Kind.NEXT_LINE;
      };
      Set<String> names = new HashSet<>();
      if (m.group(2) != null) {
        for (String name : m.group(2).split("[\\s,]+")) {
          if (!name.isEmpty()) {
            names.add(name);
          }
        }
      }
      directives.add(new Directive(comment.line(), kind, Set.copyOf(names)));
    }
    directives.sort(java.util.Comparator.comparingInt(Directive::line));
    return new Suppressions(directives);
  }

  /**
   * Whether a directive silences the finding. A finding about the whole report is judged by
   * the directives in force at the end of the report, since it has no line of its own.
   */
  boolean suppresses(Finding finding, boolean wholeReport) {
    boolean allOff = false;
    Set<String> off = new HashSet<>();
    Set<String> backOn = new HashSet<>();
    int line = wholeReport ? Integer.MAX_VALUE - 1 : finding.location().line();
    for (Directive d : directives) {
      if (d.line() > line) {
        break;
      }
      switch (d.kind()) {
        case NEXT_LINE -> {
          if (d.line() + 1 == line && (d.names().isEmpty() || names(d.names(), finding))) {
            return true;
          }
        }
        case DISABLE -> {
          if (d.names().isEmpty()) {
            allOff = true;
            off.clear();
            backOn.clear();
          } else {
            off.addAll(d.names());
            backOn.removeAll(d.names());
          }
        }
        case ENABLE -> {
          if (d.names().isEmpty()) {
            allOff = false;
            off.clear();
            backOn.clear();
          } else {
            off.removeAll(d.names());
            backOn.addAll(d.names());
          }
        }
      }
    }
    return (allOff || names(off, finding)) && !names(backOn, finding);
  }

  private static boolean names(Set<String> names, Finding finding) {
    return names.contains(finding.ruleId()) || names.contains(finding.pack());
  }
}
