package org.sofslint.report;

import java.util.Optional;
import java.util.function.Function;
import org.sofslint.rules.RuleInfo;

/**
 * What every renderer is given besides the files: each rule's metadata by id (for formats that
 * describe their rules, such as SARIF), and whether report text must be left out ({@code
 * --redact}: findings have already been redacted, and no renderer may print the document).
 */
public record ReportContext(Function<String, Optional<RuleInfo>> rules, boolean redact) {
  /** For tests and tools: no rule metadata, report text shown. */
  public static final ReportContext PLAIN = new ReportContext(id -> Optional.empty(), false);
}
