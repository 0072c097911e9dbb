package org.sofslint.rules;

import java.util.List;
import java.util.stream.Collectors;

/** A file was refused; it carries every problem found in it, in file order. */
public final class LoadException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient List<LoadError> errors;

  public LoadException(List<LoadError> errors) {
    super(errors.stream().map(LoadError::toString).collect(Collectors.joining("\n")));
    this.errors = List.copyOf(errors);
  }

  public List<LoadError> errors() {
    return errors;
  }
}
