package org.sofslint.rules;

import java.util.Arrays;
import java.util.Optional;

/** How much a finding matters; ordered from least to most. */
public enum Severity {
  INFO("info"),
  WARNING("warning"),
  ERROR("error");

  private final String id;

  Severity(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public boolean atLeast(Severity other) {
    return compareTo(other) >= 0;
  }

  public static Optional<Severity> fromId(String id) {
    return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
  }
}
