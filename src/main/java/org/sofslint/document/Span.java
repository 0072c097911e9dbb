package org.sofslint.document;

/** A half-open range {@code [start, end)} of {@code char} offsets into {@link Document#text()}. */
public record Span(int start, int end) {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  public int length() {
    return end - start;
  }

  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }
}
