package org.sofslint.report;

import java.util.Optional;
import org.sofslint.check.FileOutcome;
import org.sofslint.check.Summary;
import org.sofslint.score.Scorecard;

/**
 * Writes a run's results as they stream in: each file's outcome in path order with its
 * scorecard (none for a file that could not be read), then the summary. A renderer holds at
 * most what its format must repeat at the end (JSON's error list, a batch's scores).
 */
public interface Renderer {
  void file(FileOutcome outcome, Optional<Scorecard> score);

  void finish(Summary summary);
}
