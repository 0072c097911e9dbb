package org.sofslint.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * One line on standard error while a batch runs: files done of the total, the rate, and the
 * time left; redrawn at most a few times a second and cleared at the end. Only for a person
 * watching: the command creates one only when standard error is a terminal. Mutable: it counts.
 */
final class Progress {
  /** Fewer files than this finish before a progress line would help. */
  static final int MIN_FILES = 5;
  private static final long REDRAW_NANOS = 200_000_000L;
  private static final String CLEAR_LINE = "\r\u001b[K";

  private final PrintWriter err;
  private final int total;
  private final LongSupplier clock;
  private final long started;
  private long drawn;
  private int done;

  Progress(PrintWriter err, int total, LongSupplier clock) {
    this.err = err;
    this.total = total;
    this.clock = clock;
    this.started = clock.getAsLong();
    this.drawn = started;
  }

  void fileDone() {
    done++;
    long now = clock.getAsLong();
    if (now - drawn >= REDRAW_NANOS || done == total) {
      drawn = now;
      err.print(CLEAR_LINE + line(done, total, (now - started) / 1e9));
      err.flush();
    }
  }

  /** Takes the line away, before other output and at the end. */
  void clear() {
    err.print(CLEAR_LINE);
    err.flush();
  }

  /** "120/1000 files, 23.5 files/s, about 37 s left". */
  static String line(int done, int total, double seconds) {
    double rate = seconds > 0 ? done / seconds : 0;
    String left = rate > 0 && done < total
        ? String.format(Locale.ROOT, ", about %s left", duration((total - done) / rate)) : "";
    return String.format(Locale.ROOT, "sofslint: %d/%d files, %.1f files/s%s", done, total, rate, left);
  }

  private static String duration(double seconds) {
    long whole = Math.round(Math.ceil(seconds));
    return whole < 60 ? whole + " s" : whole / 60 + " min " + whole % 60 + " s";
  }
}
