package org.sofslint.document;

import java.util.Arrays;
import java.util.Optional;

/** The parts of a Signs of Safety assessment; {@link #id()} is the name used in YAML and output. */
public enum SectionKind {
  PAST_HARM("past-harm", "past harm"),
  DANGER("danger", "danger statements"),
  COMPLICATING_FACTORS("complicating-factors", "complicating factors"),
  STRENGTHS("strengths", "strengths"),
  EXISTING_SAFETY("existing-safety", "existing safety"),
  SAFETY_GOALS("safety-goals", "safety goals"),
  NEXT_STEPS("next-steps", "next steps"),
  SCALING("scaling", "scaling questions"),
  WORDS_AND_PICTURES("words-and-pictures", "words and pictures"),
  WORRIES("worries", "what we are worried about"),
  WORKING_WELL("working-well", "what is working well"),
  NEEDS_TO_HAPPEN("needs-to-happen", "what needs to happen"),
  OTHER("other", "other");

  private final String id;
  private final String title;

  SectionKind(String id, String title) {
    this.id = id;
    this.title = title;
  }

  public String id() {
    return id;
  }

  /** The part's name in a sentence: "danger statements", "scaling questions". */
  public String title() {
    return title;
  }

  /** The mapping column (worries, working well, needs to happen) this kind belongs under. */
  public Optional<SectionKind> column() {
    return switch (this) {
      case PAST_HARM, DANGER, COMPLICATING_FACTORS, WORRIES -> Optional.of(WORRIES);
      case STRENGTHS, EXISTING_SAFETY, WORKING_WELL -> Optional.of(WORKING_WELL);
      case SAFETY_GOALS, NEXT_STEPS, NEEDS_TO_HAPPEN -> Optional.of(NEEDS_TO_HAPPEN);
      case SCALING, WORDS_AND_PICTURES, OTHER -> Optional.empty();
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
