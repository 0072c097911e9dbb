package org.sofslint.check;

import java.util.Arrays;
import java.util.Optional;

/**
 * What to do with a finding inside a direct quotation of what someone said. Quoting a family
 * member's own words is good recording, so by default such findings drop to {@code info}.
 */
public enum QuotedSpeechMode {
  INFO("info"),
  UNCHANGED("unchanged"),
  IGNORE("ignore");

  private final String id;

  QuotedSpeechMode(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public static Optional<QuotedSpeechMode> fromId(String id) {
    return Arrays.stream(values()).filter(m -> m.id.equals(id)).findFirst();
  }
}
