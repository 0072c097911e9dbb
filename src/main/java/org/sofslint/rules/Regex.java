package org.sofslint.rules;

import com.google.re2j.Pattern;

/**
 * A pattern rule's RE2 expression, compiled the first time it is matched. The built-in packs hold
 * some 150 expressions and a report reaches few of them past the screen, so a cold start need not
 * compile them all (about 30 ms). Equal by source and flags. Safe to share between threads: two
 * threads asking first may both compile it, and get equal patterns.
 */
public final class Regex {
  private final String source;
  private final int flags;
  private volatile Pattern compiled;

  private Regex(String source, int flags, Pattern compiled) {
    this.source = source;
    this.flags = flags;
    this.compiled = compiled;
  }

  /** An expression compiled already, as a user's pack is when it is loaded and checked. */
  public static Regex of(Pattern compiled) {
    return new Regex(compiled.pattern(), compiled.flags(), compiled);
  }

  /**
   * An expression known to compile, compiled when first matched: the built-in packs', checked when
   * the build compiled them ({@link CompiledBuiltins}).
   */
  static Regex known(String source, int flags) {
    return new Regex(source, flags, null);
  }

  public String source() {
    return source;
  }

  /** RE2J's flags, such as {@link Pattern#CASE_INSENSITIVE}. */
  public int flags() {
    return flags;
  }

  public Pattern compiled() {
    Pattern pattern = compiled;
    if (pattern == null) {
      pattern = Pattern.compile(source, flags);
      compiled = pattern;
    }
    return pattern;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Regex regex && regex.source.equals(source) && regex.flags == flags;
  }

  @Override
  public int hashCode() {
    return source.hashCode() * 31 + flags;
  }

  @Override
  public String toString() {
    return source;
  }
}
