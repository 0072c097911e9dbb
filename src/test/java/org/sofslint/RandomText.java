package org.sofslint;

import java.util.List;
import java.util.Random;

/** Random texts made of given pieces, for tests that compare code with its definition. */
public final class RandomText {
  private RandomText() {}

  /** Between {@code fewest} and {@code most} pieces, each drawn from {@code pieces}. */
  public static String of(Random random, List<String> pieces, int fewest, int most) {
    StringBuilder text = new StringBuilder();
    for (int k = fewest + random.nextInt(most - fewest + 1); k > 0; k--) {
      text.append(pieces.get(random.nextInt(pieces.size())));
    }
    return text.toString();
  }
}
