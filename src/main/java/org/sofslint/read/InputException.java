package org.sofslint.read;

/** An input that cannot be checked; the message says what is wrong in plain words. */
public final class InputException extends Exception {
  private static final long serialVersionUID = 1L;

  public InputException(String problem) {
    super(problem);
  }
}
