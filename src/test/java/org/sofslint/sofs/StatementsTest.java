package org.sofslint.sofs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sofslint.TestKit;
import org.sofslint.document.Document;

class StatementsTest {
  private static List<String> statements(String markdown) {
    Document document = TestKit.markdown(markdown);
    return Statements.of(document, TestKit.NLP.sentences(document)).stream()
        .map(s -> document.text(s.span())).toList();
  }

  @Test
  void aParagraphIsOneStatementUntilASentenceOpensAWorryOfItsOwn() {
    assertThat(statements("""
        ## Danger statements
        Jo is worried that Dad will drink. Sam could be hurt. We are also worried that Mum will leave. She may go tonight.
        """)).containsExactly(
            "Jo is worried that Dad will drink. Sam could be hurt.",
            "We are also worried that Mum will leave. She may go tonight.");
  }

  @Test
  void listItemsAndTableCellsAreStatementsAndAnIntroLineIsContext() {
    Document document = TestKit.markdown("""
        ## Safety goals
        For the next six months:

        - Dad will stay sober. He will check in with Gran.
        - Gran will visit on Saturdays.
        """);
    List<Statement> statements = Statements.of(document, TestKit.NLP.sentences(document));
    assertThat(statements).extracting(s -> document.text(s.span())).containsExactly(
        "Dad will stay sober. He will check in with Gran.", "Gran will visit on Saturdays.");
    assertThat(statements).allSatisfy(s -> assertThat(s.context()).extracting(c -> document.text(c.span()))
        .containsExactly("For the next six months:"));
  }
}
