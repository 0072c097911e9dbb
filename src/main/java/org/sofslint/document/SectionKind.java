package org.sofslint.document;

import java.util.Arrays;
import java.util.Optional;

/** The parts of a Signs of Safety assessment; {@link #id()} is the name used in YAML and output. */
public enum SectionKind {
  PAST_HARM("past-harm"),
  DANGER("danger"),
  COMPLICATING_FACTORS("complicating-factors"),
  STRENGTHS("strengths"),
  EXISTING_SAFETY("existing-safety"),
  SAFETY_GOALS("safety-goals"),
  NEXT_STEPS("next-steps"),
  SCALING("scaling"),
  WORRIES("worries"),
  WORKING_WELL("working-well"),
  NEEDS_TO_HAPPEN("needs-to-happen"),
  OTHER("other");

  private final String id;

  SectionKind(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  /** The mapping column (worries, working well, needs to happen) this kind belongs under. */
  public Optional<SectionKind> column() {
    return switch (this) {
      case PAST_HARM, DANGER, COMPLICATING_FACTORS, WORRIES -> Optional.of(WORRIES);
      case STRENGTHS, EXISTING_SAFETY, WORKING_WELL -> Optional.of(WORKING_WELL);
      case SAFETY_GOALS, NEXT_STEPS, NEEDS_TO_HAPPEN -> Optional.of(NEEDS_TO_HAPPEN);
      case SCALING, OTHER -> Optional.empty();
    };
  }

  /** True for the three umbrella columns of a mapping. */
  public boolean isColumn() {
    return this == WORRIES || this == WORKING_WELL || this == NEEDS_TO_HAPPEN;
  }

  public static Optional<SectionKind> fromId(String id) {
    return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
  }
}
