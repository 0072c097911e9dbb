package org.sofslint.rules;

/** A place in a pack, template or config file: 1-based line and column. */
public record Origin(String file, int line, int column) {
  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}
