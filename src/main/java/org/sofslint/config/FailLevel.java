package org.sofslint.config;

import java.util.Arrays;
import java.util.Optional;
import org.sofslint.rules.Severity;

/** The lowest severity that makes a run fail (exit code 1), or never. */
public enum FailLevel {
  INFO("info"),
  WARNING("warning"),
  ERROR("error"),
  NEVER("never");

  private final String id;

  FailLevel(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public boolean failsOn(Severity severity) {
    return switch (this) {
      case INFO -> true;
      case WARNING -> severity.atLeast(Severity.WARNING);
      case ERROR -> severity == Severity.ERROR;
      case NEVER -> false;
    };
  }

  public static Optional<FailLevel> fromId(String id) {
    return Arrays.stream(values()).filter(l -> l.id.equals(id)).findFirst();
  }
}
