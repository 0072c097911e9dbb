package org.sofslint.rules;

import java.util.List;

/** Sentences a rule must flag and sentences it must leave alone; the build runs them all. */
public record Examples(List<String> flag, List<String> pass) {
  public Examples {
    flag = List.copyOf(flag);
    pass = List.copyOf(pass);
  }
}
