package org.sofslint.report;

import org.sofslint.check.FileOutcome;
import org.sofslint.check.Summary;

/**
 * Writes a run's results as they stream in: each file's outcome in path order, then the
 * summary. A renderer holds at most what its format must repeat at the end (JSON's error list).
 */
public interface Renderer {
  void file(FileOutcome outcome);

  void finish(Summary summary);
}
