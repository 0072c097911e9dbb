package org.sofslint.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.sofslint.TestKit;
import org.sofslint.document.Block;
import org.sofslint.document.Document;
import org.sofslint.document.Span;
import org.sofslint.document.WordPlace;

/**
 * Word documents made by LibreOffice, not by POI (src/test/resources/docx/README.md says how):
 * features.docx holds one of each thing a reader must handle (features.expected.md), and the
 * two bad files are a real legacy .doc and a real password-protected .docx.
 */
class LibreOfficeWordTest {
  private static final Path FIXTURES = Path.of("src/test/resources/docx");
  private static final Document FEATURES = read(FIXTURES.resolve("features.docx"));

  private static Document read(Path file) {
    try {
      return new WordReader(TestKit.CLASSIFIER).read(file);
    } catch (InputException e) {
      throw new AssertionError(e.getMessage());
    }
  }

  @Test
  void insertedChangesAreReadAndDeletedOnesAreNot() {
    assertThat(FEATURES.text()).contains("The school said inserted words visible that Reuben was tired on most mornings this term.")
        .doesNotContain("deleted words hidden");
  }

  @Test
  void commentsFootnotesHeadersAndFootersAreNotChecked() {
    assertThat(FEATURES.text()).doesNotContain("comment text not checked", "footnote text not checked",
        "header text not checked", "footer text not checked").contains("Isla was cold and crying");
  }

  @Test
  void aTextBoxIsReadOnceAfterTheParagraphThatHoldsIt() {
    String text = FEATURES.text();
    int box = text.indexOf("Text box says Mum is in denial.");
    assertThat(box).isGreaterThan(text.indexOf("This paragraph holds a text box."));
    assertThat(text.indexOf("Text box says", box + 1)).isEqualTo(-1);
    assertThat(FEATURES.locate(new Span(box, box + 8)).word()).contains(new WordPlace.TextBox(1, 1, "Harm"));
  }

  @Test
  void headingStylesAndABoldLineMakeTheSections() {
    assertThat(FEATURES.blocks()).filteredOn(b -> b instanceof Block.Heading)
        .extracting(b -> FEATURES.text(b.span()), b -> ((Block.Heading) b).level())
        .startsWith(tuple("Features test report", 1), tuple("What are we worried about?", 1), tuple("Danger statements", 2),
            tuple("Harm", 2), tuple("Complicating factors", 7), tuple("What's working well?", 1));
    assertThat(MarkdownReaderTest.prose(FEATURES)).contains(
        tuple("complicating-factors", "Dad works nights and Mum has no car."),
        tuple("safety-goals", "For the next six months, Isla and Reuben will always have an adult with them in the evenings."));
  }

  @Test
  void listsTablesAndLineBreaksKeepTheirShape() {
    assertThat(FEATURES.blocks()).filteredOn(b -> b instanceof Block.ListItem)
        .extracting(b -> FEATURES.text(b.span()).strip(), b -> ((Block.ListItem) b).depth())
        .contains(tuple("She has a key to the house.", 2), tuple("Nan lives two streets away.", 1),
            tuple("Robin will visit on 7 February to check the plan.", 1));
    assertThat(MarkdownReaderTest.prose(FEATURES)).contains(
        tuple("existing-safety", "Since 6 January, Nan has stayed with the children"),
        tuple("existing-safety", "on every evening that Mum went out."));
    int friday = FEATURES.text().indexOf("Tells Robin");
    assertThat(FEATURES.locate(new Span(friday, friday + 5)).word())
        .contains(new WordPlace.Cell(1, 2, 2, 2, 2, "Existing safety"));
  }

  @Test
  void realLegacyAndEncryptedFilesFromLibreOfficeEachGiveOneSentence() {
    assertThat(BadWordFiles.problem(FIXTURES.resolve("bad/legacy-renamed.docx")))
        .isEqualTo("this is a legacy Word 97-2003 document (.doc) with a .docx name; open it in Word and save it as .docx");
    assertThat(BadWordFiles.problem(FIXTURES.resolve("bad/encrypted.docx")))
        .isEqualTo("the document is password-protected (encrypted); remove the password in Word and save a copy to check");
  }
}
