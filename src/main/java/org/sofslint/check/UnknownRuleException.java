package org.sofslint.check;

/** A rule or pack id given in options or config that no loaded pack defines. */
public final class UnknownRuleException extends Exception {
  private static final long serialVersionUID = 1L;

  public UnknownRuleException(String message) {
    super(message);
  }
}
