package org.sofslint.sofs;

/**
 * Who a statement says is worried. {@code NAMED} when it names a person, agency, role or
 * "we"; {@code GENERIC} when the worry is unowned ("there are concerns", "it is felt",
 * "professionals are worried"); {@code NONE} when it has no worry wording. The worry wording
 * ("Jo at Children's Services is worried that") runs over tokens {@code [frameStart, frameEnd)}.
 */
public record Worry(Kind kind, String who, int frameStart, int frameEnd) {
  public enum Kind { NONE, GENERIC, NAMED }

  static final Worry NONE = new Worry(Kind.NONE, "", 0, 0);
}
