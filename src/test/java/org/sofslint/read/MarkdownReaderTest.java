package org.sofslint.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.sofslint.TestKit;
import org.sofslint.document.Block;
import org.sofslint.document.Document;
import org.sofslint.document.SourceComment;

class MarkdownReaderTest {
  /** (section kind, text) of every block that is prose, not a heading or label. */
  static List<Tuple> prose(Document document) {
    return document.blocks().stream()
        .filter(b -> !(b instanceof Block.Heading))
        .map(b -> tuple(b.section().kind().id(), document.text(b.span())))
        .toList();
  }

  @Test
  void headingsOpenSectionsAndUnknownSubheadingsKeepTheirParentsKind() {
    Document doc = TestKit.markdown("""
        # Child and family assessment
        Intro.
        ## What are we worried about?
        Column text.
        ### Harm
        Dad hit Sam.
        ### Danger statements
        #### Dad's drinking
        We are worried.
        ## 2. What’s Working Well?
        Gran visits.
        ## Decision
        Close.
        """);
    assertThat(prose(doc)).containsExactly(
        tuple("other", "Intro."),
        tuple("worries", "Column text."),
        tuple("past-harm", "Dad hit Sam."),
        tuple("danger", "We are worried."),
        tuple("working-well", "Gran visits."),
        tuple("other", "Close."));
  }

  @Test
  void labelsInRunningTextOpenSections() {
    Document doc = TestKit.markdown("""
        ## Analysis
        **Danger statements**

        Social workers are worried.

        Complicating factors: Mum has no car.

        Still complicating.
        """);
    assertThat(prose(doc)).containsExactly(
        tuple("danger", "Social workers are worried."),
        tuple("complicating-factors", "Mum has no car."),
        tuple("complicating-factors", "Still complicating."));
    assertThat(doc.blocks()).filteredOn(b -> b instanceof Block.Heading)
        .extracting(b -> doc.text(b.span()))
        .containsExactly("Analysis", "Danger statements", "Complicating factors");
  }

  @Test
  void markupLinkTargetsAndCodeBlocksStayOutOfTheText() {
    Document doc = TestKit.markdown("""
        Dad is **very** _cross_ and [upset](https://example.org/page).

        ```
        code is not prose
        ```

        ![a picture](pic.png) End.
        """);
    assertThat(doc.text()).isEqualTo("Dad is very cross and upset.\n\nEnd.");
  }

  @Test
  void commentsAreKeptAsideWithTheLineTheyEndOn() {
    Document doc = TestKit.markdown("""
        Text before.

        <!-- sofslint-disable label.controlling -->
        Text <!-- inline --> after.

        <!--
        sofslint-enable
        -->
        """);
    assertThat(doc.comments()).containsExactly(
        new SourceComment("sofslint-disable label.controlling", 3),
        new SourceComment("inline", 4),
        new SourceComment("sofslint-enable", 8));
    assertThat(doc.text()).doesNotContain("sofslint").doesNotContain("inline");
  }

  @Test
  void listItemsKnowTheirDepth() {
    Document doc = TestKit.markdown("""
        - one
          - two
            1. three
        - four
        """);
    assertThat(doc.blocks()).extracting(b -> doc.text(b.span()), b -> ((Block.ListItem) b).depth())
        .containsExactly(tuple("one", 1), tuple("two", 2), tuple("three", 3), tuple("four", 1));
  }

  @Test
  void aMappingTableGivesEachCellItsColumnsKindAndLabelsInsideCellsRefineIt() {
    Document doc = TestKit.markdown("""
        | What are we worried about? | What's working well? | What needs to happen? |
        |---|---|---|
        | Unlabelled worry.<br>**Harm**<br>Dad hit Sam.<br>• Sam had a bruise.<br>Danger statement: We are worried. | Gran visits.<br>**Existing safety**<br>Mum called Gran. | Call Gran.<br>Safety goals: Sam will be safe. |
        """);
    assertThat(prose(doc)).containsExactly(
        tuple("worries", "Unlabelled worry."),
        tuple("past-harm", "Dad hit Sam."),
        tuple("past-harm", "Sam had a bruise."),
        tuple("danger", "We are worried."),
        tuple("strengths", "Gran visits."),
        tuple("existing-safety", "Mum called Gran."),
        tuple("next-steps", "Call Gran."),
        tuple("safety-goals", "Sam will be safe."));
    assertThat(doc.blocks()).filteredOn(b -> b instanceof Block.TableCell)
        .extracting(b -> ((Block.TableCell) b).row(), b -> ((Block.TableCell) b).column())
        .containsOnly(tuple(2, 1), tuple(2, 2), tuple(2, 3));
  }

  @Test
  void rowLabelsRefineTheColumnKindPerColumn() {
    Document doc = TestKit.markdown("""
        |  | What are we worried about? | What's working well? | What needs to happen? |
        |---|---|---|---|
        | Harm / Strengths / Next steps | Dad hit Sam. | Gran visits. | Call Gran. |
        | Danger statements / Existing safety / Safety goals | We are worried. | Mum called Gran. | Sam will be safe. |
        | Complicating factors | Mum has no car. | Sam likes school. | Book a taxi. |
        """);
    assertThat(prose(doc)).containsExactly(
        tuple("past-harm", "Dad hit Sam."),
        tuple("strengths", "Gran visits."),
        tuple("next-steps", "Call Gran."),
        tuple("danger", "We are worried."),
        tuple("existing-safety", "Mum called Gran."),
        tuple("safety-goals", "Sam will be safe."),
        tuple("complicating-factors", "Mum has no car."),
        tuple("strengths", "Sam likes school."),
        tuple("next-steps", "Book a taxi."));
  }

  @Test
  void anOrdinaryTableIsReadCellByCellInTheCurrentSection() {
    Document doc = TestKit.markdown("""
        ## Agency information
        | Agency | What they said |
        |---|---|
        | School | Sam is often late. |
        """);
    assertThat(prose(doc)).containsExactly(
        tuple("other", "Agency"), tuple("other", "What they said"),
        tuple("other", "School"), tuple("other", "Sam is often late."));
  }
}
