package org.sofslint.check;

import java.util.EnumMap;
import java.util.Map;
import org.sofslint.rules.Severity;

/** Totals over a run, for the last line of a report and the exit code. */
public record Summary(int checked, int unreadable, int failing, Map<Severity, Integer> findings) {
  public Summary {
    findings = Map.copyOf(findings);
  }

  public int findings(Severity severity) {
    return findings.getOrDefault(severity, 0);
  }

  /** Adds outcomes up as they stream past. Mutable: an accumulator. */
  public static final class Tally {
    private int checked;
    private int unreadable;
    private int failing;
    private final Map<Severity, Integer> findings = new EnumMap<>(Severity.class);

    public void add(FileOutcome outcome) {
      if (outcome instanceof FileOutcome.Checked checkedFile) {
        checked++;
        if (checkedFile.failing()) {
          failing++;
        }
        checkedFile.findings().forEach(f -> findings.merge(f.severity(), 1, Integer::sum));
      } else {
        unreadable++;
      }
    }

    public Summary summary() {
      return new Summary(checked, unreadable, failing, findings);
    }
  }
}
