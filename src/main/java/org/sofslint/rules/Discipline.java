package org.sofslint.rules;

import java.util.Arrays;
import java.util.Optional;

/** The six Signs of Safety practice disciplines a rule helps with. */
public enum Discipline {
  HARM_DANGER("harm-danger"),
  STRENGTHS_SAFETY("strengths-safety"),
  PLAIN_LANGUAGE("plain-language"),
  OBSERVABLE_BEHAVIOUR("observable-behaviour"),
  AUTHORITY("authority"),
  WORK_IN_PROGRESS("work-in-progress");

  private final String id;

  Discipline(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public static Optional<Discipline> fromId(String id) {
    return Arrays.stream(values()).filter(d -> d.id.equals(id)).findFirst();
  }
}
