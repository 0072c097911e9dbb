package com.google.re2j;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * How deeply a regular expression nests, read from RE2J's parse, which needs no recursion:
 * compiling an expression, and reading what its matches contain, recurse once per level, so a
 * pattern nested thousands deep would overflow the stack instead of being refused.
 */
public final class Nesting {
  private Nesting() {}

  /**
   * The height of {@code regex}'s parse tree: 1 for a literal, one more for each group, repetition
   * or alternation around it.
   *
   * @throws PatternSyntaxException if {@code regex} does not parse
   */
  public static int depth(String regex) {
    Deque<Regexp> nodes = new ArrayDeque<>();
    Deque<Integer> depths = new ArrayDeque<>();
    nodes.push(Parser.parse(regex, RE2.PERL));
    depths.push(1);
    int deepest = 0;
    while (!nodes.isEmpty()) {
      Regexp node = nodes.pop();
      int depth = depths.pop();
      deepest = Math.max(deepest, depth);
      if (node.subs != null) {
        for (Regexp sub : node.subs) {
          nodes.push(sub);
          depths.push(depth + 1);
        }
      }
    }
    return deepest;
  }
}
