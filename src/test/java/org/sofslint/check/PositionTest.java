package org.sofslint.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sofslint.TestKit;
import org.sofslint.document.Document;
import org.sofslint.document.Location;
import org.sofslint.rules.RulePack;

/** Every finding resolves to the exact original characters, whatever surrounds them. */
class PositionTest {
  private static final RulePack PACK = TestKit.termPack("controlling", "in denial", "hard to reach");

  private static List<Finding> lintMarkdown(String text) {
    return TestKit.lint(PACK, TestKit.markdown(text));
  }

  /** The original text a location covers, cutting lines by code points as a column counts. */
  private static String covered(Document document, Location at) {
    StringBuilder text = new StringBuilder();
    for (int line = at.line(); line <= at.endLine(); line++) {
      String source = document.sourceMap().line(line);
      int from = line == at.line() ? source.offsetByCodePoints(0, at.column() - 1) : 0;
      int to = line == at.endLine() ? source.offsetByCodePoints(0, at.endColumn() - 1) : source.length();
      text.append(source, from, to);
      if (line < at.endLine()) {
        text.append('\n');
      }
    }
    return text.toString();
  }

  @Test
  void tabsAndNonAsciiLettersBeforeAMatch() {
    String text = "Zoë, René and Łucja said:\tDad is controlling.\n";
    Document doc = TestKit.markdown(text);
    List<Finding> findings = TestKit.lint(PACK, doc);
    assertThat(findings).extracting(Finding::location).containsExactly(new Location(1, 34, 1, 45));
    assertThat(covered(doc, findings.get(0).location())).isEqualTo("controlling");
  }

  @Test
  void emojiCountsAsOneColumn() {
    List<Finding> findings = lintMarkdown("😀😀 Dad is controlling 😀\n");
    assertThat(findings).extracting(Finding::location).containsExactly(new Location(1, 11, 1, 22));
  }

  @Test
  void crlfLineEndings() {
    String text = "# Worries\r\n\r\nFirst line.\r\nDad is controlling.\r\n\r\nMum is in denial.\r\n";
    List<Finding> findings = lintMarkdown(text);
    assertThat(findings).extracting(Finding::location)
        .containsExactly(new Location(4, 8, 4, 19), new Location(6, 8, 6, 17));
  }

  @Test
  void markupIsNeverPartOfTheMatchButThePositionCoversTheWords() {
    String text = "Dad is **controlling** and [in denial](https://example.org/x).\n";
    Document doc = TestKit.markdown(text);
    List<Finding> findings = TestKit.lint(PACK, doc);
    assertThat(findings).extracting(Finding::match, Finding::location).containsExactly(
        tuple("controlling", new Location(1, 10, 1, 21)),
        tuple("in denial", new Location(1, 29, 1, 38)));
  }

  @Test
  void aPhraseSplitByEmphasisOrALineBreakIsOneMatch() {
    String text = "Mum is in *denial* about it, and the family is hard to\nreach.\n";
    List<Finding> findings = lintMarkdown(text);
    assertThat(findings).extracting(Finding::match, Finding::location).containsExactly(
        tuple("in denial", new Location(1, 8, 1, 18)),
        tuple("hard to reach", new Location(1, 48, 2, 6)));
  }

  @Test
  void listItemsAndNestedLists() {
    String text = "- first item\n- Dad is controlling\n  - nested: Mum is in denial\n    1. deeper, hard to reach\n";
    List<Finding> findings = lintMarkdown(text);
    assertThat(findings).extracting(Finding::location).containsExactly(
        new Location(2, 10, 2, 21), new Location(3, 20, 3, 29), new Location(4, 16, 4, 29));
  }

  @Test
  void tableCellsWithLineBreaksAndPseudoHeadings() {
    String text = """
        | What are we worried about? | What's working well? | What needs to happen? |
        |---|---|---|
        | **Harm**<br>Dad is controlling. | Gran &amp; Zoë visit; Mum is in denial | call |
        """;
    Document doc = TestKit.markdown(text);
    List<Finding> findings = TestKit.lint(PACK, doc);
    assertThat(findings).extracting(Finding::location)
        .containsExactly(new Location(3, 22, 3, 33), new Location(3, 66, 3, 75));
    for (Finding finding : findings) {
      assertThat(covered(doc, finding.location())).isEqualTo(finding.match());
    }
  }

  @Test
  void escapedCharactersAndEntitiesBeforeAMatchDoNotShiftIt() {
    String text = "Dad \\*allegedly\\* &amp; Mum &eacute; controlling\n";
    Document doc = TestKit.markdown(text);
    List<Finding> findings = TestKit.lint(PACK, doc);
    assertThat(findings).extracting(Finding::location).containsExactly(new Location(1, 38, 1, 49));
    assertThat(covered(doc, findings.get(0).location())).isEqualTo("controlling");
  }

  @Test
  void plainTextKeepsTabsCrlfAndBullets() {
    String text = "HARM\r\n\r\n- Zoë\tsaid Dad is controlling\r\n  and in denial.\r\n";
    Document doc = TestKit.plainText(text);
    List<Finding> findings = TestKit.lint(PACK, doc);
    assertThat(findings).extracting(Finding::location)
        .containsExactly(new Location(3, 19, 3, 30), new Location(4, 7, 4, 16));
  }
}
