package org.sofslint.rules;

import java.util.Arrays;
import java.util.Optional;

/** What a {@code metric:} rule measures; its id is the name used in YAML. */
public enum Metric {
  /** Words in one sentence. */
  SENTENCE_LENGTH("sentence-length"),
  /** UK reading age (SMOG grade + 5) of all the text of one section kind, taken together. */
  READING_AGE("reading-age"),
  /**
   * UK reading age (Flesch-Kincaid grade + 5) of all the text of one section kind, for writing
   * meant for children: SMOG is at its floor on short, simple texts, where one word such as
   * "hospital" moves it two years, while Flesch-Kincaid also weighs sentence and word length.
   */
  CHILD_READING_AGE("reading-age-child");

  private final String id;

  Metric(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public static Optional<Metric> fromId(String id) {
    return Arrays.stream(values()).filter(m -> m.id.equals(id)).findFirst();
  }
}
