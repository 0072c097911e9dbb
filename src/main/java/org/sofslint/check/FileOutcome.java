package org.sofslint.check;

import java.util.List;
import org.sofslint.document.Document;

/** What became of one input: checked, with its findings, or unreadable, with the reason. */
public sealed interface FileOutcome {
  String path();

  /** {@code failing} is true when a finding reaches the fail level that applies to this file. */
  record Checked(String path, Document document, List<Finding> findings, boolean failing)
      implements FileOutcome {
    public Checked {
      findings = List.copyOf(findings);
    }
  }

  record Unreadable(String path, String problem) implements FileOutcome {}
}
