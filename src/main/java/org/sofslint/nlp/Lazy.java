package org.sofslint.nlp;

import java.util.function.Supplier;

/** A value made on first use, once, whichever thread asks first. */
public final class Lazy<T> implements Supplier<T> {
  private final Supplier<T> maker;
  private volatile T value;

  public Lazy(Supplier<T> maker) {
    this.maker = maker;
  }

  /** Whether the value has been made. */
  public boolean made() {
    return value != null;
  }

  @Override
  public T get() {
    T result = value;
    if (result == null) {
      synchronized (this) {
        result = value;
        if (result == null) {
          result = maker.get();
          value = result;
        }
      }
    }
    return result;
  }
}
