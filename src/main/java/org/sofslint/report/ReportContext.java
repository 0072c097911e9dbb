package org.sofslint.report;

import java.util.Optional;
import java.util.function.Function;
import org.sofslint.rules.RuleInfo;

/**
 * What every renderer is given besides the files: each rule's metadata by id (for formats that
 * describe their rules, such as SARIF), whether report text must be left out ({@code --redact}:
 * findings have already been redacted, and no renderer may print the document), and sofslint's
 * version.
 */
public record ReportContext(Function<String, Optional<RuleInfo>> rules, boolean redact, String version) {
  /** For tests: no rule metadata, report text shown, a fixed version so golden files do not change with it. */
  public static final ReportContext PLAIN = new ReportContext(id -> Optional.empty(), false, "test");
}
