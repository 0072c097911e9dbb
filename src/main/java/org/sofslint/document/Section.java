package org.sofslint.document;

/** The part of the report a block belongs to: its kind and the wording that named it. */
public record Section(SectionKind kind, String title) {
  public static final Section UNTITLED = new Section(SectionKind.OTHER, "");
}
