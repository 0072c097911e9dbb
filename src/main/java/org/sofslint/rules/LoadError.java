package org.sofslint.rules;

/** One problem in a pack, template or config file, printed as {@code file:line:col: message}. */
public record LoadError(Origin origin, String message) {
  @Override
  public String toString() {
    return origin + ": " + message;
  }
}
