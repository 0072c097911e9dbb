package org.sofslint.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.sofslint.read.MarkdownReaderTest.prose;

import org.junit.jupiter.api.Test;
import org.sofslint.TestKit;
import org.sofslint.document.Block;
import org.sofslint.document.Document;

class PlainTextReaderTest {
  @Test
  void knownHeadingsCapitalLinesAndUnderlinedLinesAreHeadings() {
    Document doc = TestKit.plainText("""
        CHILD AND FAMILY ASSESSMENT

        Intro line one
        continues here.

        WHAT ARE WE WORRIED ABOUT?
        Column text.

        Danger statements:
        We are worried.

        Family background
        -----------------
        Mum moved here in May.
        """);
    assertThat(prose(doc)).containsExactly(
        tuple("other", "Intro line one\ncontinues here."),
        tuple("worries", "Column text."),
        tuple("danger", "We are worried."),
        tuple("other", "Mum moved here in May."));
  }

  @Test
  void aBlockOfCapitalLinesIsATitleButCapitalsFollowedByProseAreNot() {
    Document doc = TestKit.plainText("""
        BRACKENFIELD BOROUGH COUNCIL
        CHILD AND FAMILY ASSESSMENT

        NFA IN 2022
        was recorded at the time.
        """);
    assertThat(doc.blocks()).filteredOn(b -> b instanceof Block.Heading).extracting(b -> doc.text(b.span()))
        .containsExactly("BRACKENFIELD BOROUGH COUNCIL", "CHILD AND FAMILY ASSESSMENT");
    assertThat(prose(doc)).containsExactly(tuple("other", "NFA IN 2022\nwas recorded at the time."));
  }

  @Test
  void categoriesSitUnderTheColumnBeforeThem() {
    Document doc = TestKit.plainText("What are we worried about?\nHarm\nDad hit Sam.\n\nDanger statements\nWe worry.\n");
    assertThat(prose(doc)).containsExactly(tuple("past-harm", "Dad hit Sam."), tuple("danger", "We worry."));
  }

  @Test
  void bulletAndNumberedLinesAreListItemsAndIndentedLinesContinueThem() {
    Document doc = TestKit.plainText("- first\n  continued\n  - nested\n2) numbered\nA paragraph.\n");
    assertThat(doc.blocks()).extracting(b -> doc.text(b.span()), b -> b.getClass().getSimpleName())
        .containsExactly(
            tuple("first\ncontinued", "ListItem"),
            tuple("nested", "ListItem"),
            tuple("numbered", "ListItem"),
            tuple("A paragraph.", "Paragraph"));
    assertThat(((Block.ListItem) doc.blocks().get(1)).depth()).isEqualTo(2);
  }

  @Test
  void tabSeparatedRowsAreATableAndAMappingHeaderGivesKinds() {
    Document doc = TestKit.plainText(
        "What are we worried about?\tWhat's working well?\tWhat needs to happen?\n"
            + "Harm: Dad hit Sam.\tGran visits.\tCall Gran.\n");
    assertThat(prose(doc)).containsExactly(
        tuple("past-harm", "Dad hit Sam."), tuple("strengths", "Gran visits."), tuple("next-steps", "Call Gran."));
  }

  @Test
  void aLabelPrefixStartsANewParagraph() {
    Document doc = TestKit.plainText("Some text\nHarm: Dad hit Sam.\n");
    assertThat(prose(doc)).containsExactly(tuple("other", "Some text"), tuple("past-harm", "Dad hit Sam."));
  }
}
