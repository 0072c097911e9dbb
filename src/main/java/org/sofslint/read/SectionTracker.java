package org.sofslint.read;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import org.sofslint.document.Section;
import org.sofslint.document.SectionKind;

/**
 * Follows headings through a document. A heading closes every open heading at its level or
 * deeper; a heading the template does not know keeps the kind of the heading it sits under, so
 * "### Dad's drinking" under "## Danger statements" is still danger. Mutable: it moves along as
 * a reader walks the document.
 */
final class SectionTracker {
  private record Open(int level, Section section) {}

  private final Deque<Open> open = new ArrayDeque<>();

  Section current() {
    return open.isEmpty() ? Section.UNTITLED : open.peek().section();
  }

  Section enter(int level, Optional<SectionKind> kind, String title) {
    while (!open.isEmpty() && open.peek().level() >= level) {
      open.pop();
    }
    SectionKind resolved = kind.orElse(open.isEmpty() ? SectionKind.OTHER : current().kind());
    Section section = new Section(resolved, title);
    open.push(new Open(level, section));
    return section;
  }
}
