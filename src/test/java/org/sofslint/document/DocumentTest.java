package org.sofslint.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sofslint.TestKit;

class DocumentTest {
  /** What the first block holding the offset is, found by looking at every block in turn. */
  private static Optional<Block> byScan(Document document, int offset) {
    for (Block block : document.blocks()) {
      Span span = block.span();
      if (span.start() <= offset && offset < Math.max(span.end(), span.start() + 1)) {
        return Optional.of(block);
      }
    }
    return Optional.empty();
  }

  @Test
  void theBlockAtAnOffsetIsTheFirstThatHoldsItAsAScanOfEveryBlockFinds() {
    Random random = new Random(3);
    SectionKind[] kinds = SectionKind.values();
    for (int round = 0; round < 500; round++) {
      // Blocks one after another as readers append them: gaps between some, some empty, some
      // empty ones where the next starts.
      List<Block> blocks = new ArrayList<>();
      int at = 0;
      for (int b = random.nextInt(12); b > 0; b--) {
        at += random.nextInt(3);
        int length = random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(6);
        blocks.add(new Block.Paragraph(new Span(at, at + length),
            new Section(kinds[random.nextInt(kinds.length)], "heading " + b)));
        at += length;
      }
      Document document = new Document("x".repeat(at + 3), blocks, List.of(), null);
      for (int offset = 0; offset < at + 3; offset++) {
        assertThat(document.blockAt(offset)).as("offset %d of %s", offset, blocks).isEqualTo(byScan(document, offset));
      }
    }
  }

  @Test
  void aSampleReportsBlocksAreFoundWhereAScanFindsThem() throws Exception {
    Document document =
        TestKit.markdown(java.nio.file.Files.readString(java.nio.file.Path.of("samples/good-assessment.md")));
    assertThat(document.blocks()).hasSizeGreaterThan(20);
    for (int offset = 0; offset <= document.text().length(); offset++) {
      assertThat(document.blockAt(offset)).isEqualTo(byScan(document, offset));
    }
  }
}
