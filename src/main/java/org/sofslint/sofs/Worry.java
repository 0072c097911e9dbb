package org.sofslint.sofs;

/**
 * Who a statement says is worried. {@code NAMED} when it names a person, agency, role or
 * "we"; {@code GENERIC} when the worry is unowned ("there are concerns", "it is felt",
 * "professionals are worried"); {@code NONE} when it has no worry wording. {@code frameEnd} is
 * the index of the first token after the worry wording ("…are worried that"), 0 for none.
 */
public record Worry(Kind kind, String who, int frameEnd) {
  public enum Kind { NONE, GENERIC, NAMED }

  static final Worry NONE = new Worry(Kind.NONE, "", 0);
}
