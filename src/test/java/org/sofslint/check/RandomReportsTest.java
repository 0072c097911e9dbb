package org.sofslint.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sofslint.TestKit;
import org.sofslint.document.Document;
import org.sofslint.rules.Builtins;

/**
 * No text a report may hold makes checking fail: texts strung together at random from pieces of
 * reports and of their markup (quotation marks, brackets, headings, lists, tables, code, comments,
 * the Signs of Safety parts' labels, line and paragraph separators, characters beyond ASCII), read
 * as Markdown and as plain text and checked with every built-in pack. Two such texts once ended
 * as internal errors: a quotation at the very start, and a code span over a line break at the end.
 * Lone surrogates are left out: the readers refuse a file that would hold one (not valid UTF-8).
 */
class RandomReportsTest {
  private static final String[] PIECES = {
      "“", "”", "\"", "'", "‘", "’", "''", "\"\"", "(", ")", "[", "]", ":", "::", ".", "!", "?", ",", "…", "—", "-",
      "# ", "## Danger statements\n", "Past harm\n", "Safety goals:", "Next steps\n", "Existing safety\n",
      "What are we worried about?\n", "Strengths:", "Worried about:", "Danger statement: ", "Scale: 5/10",
      "scale 0-10", "3/10", "0", "10", "/", "1)", "a.", "(i)", "- ", "* ", "1. ", "    - nested", "\t- ", "> ",
      "| a | b |\n|---|---|\n| c | d |\n", "| “Dad is controlling,” | Mum said |\n", "|", "---", "\n---\n", "\n===\n",
      "\n", "\n\n", "  \n", "\r\n", "\r", " ", "  ", "\t", "\u000B", "\u00A0", "\u2028", "\uFEFF", "\u0000",
      "**", "_", "~~", "^", "`", "```", "<br>", "<div>", "</div>", "<!--", "-->", "<!-- sofslint-disable -->",
      "<!-- sofslint-enable -->", "[x](http://y)", "![i](p.png)", "http://x.y", "&amp;", "\\",
      "Dad", "Mum", "Sam", "Kerry (Mum)", "Kerry (Mum) and Lee (Dad)", "the mother", "Father", "the child", "he", "she",
      "is", "controlling", "said", "hit", "drinks", "will", "could", "if", "worried", "that", "On 3 May", "NSPCC",
      "LAC", "(LAC)", "e.g.", "Mr.", "n't", "'s", "’s", "😀", "é", "İ", "ß", "Σ"};

  @Test
  void noTextStrungFromReportPiecesMakesCheckingFail() {
    Linter linter = TestKit.linter(Builtins.packs(), CheckOptions.DEFAULTS);
    Random random = new Random(3);
    List<String> failures = new ArrayList<>();
    int findings = 0;
    for (int n = 0; n < 1_500; n++) {
      String text = randomText(random, 1 + random.nextInt(60));
      for (boolean markdown : new boolean[] {true, false}) {
        try {
          Document document = markdown ? TestKit.markdown(text) : TestKit.plainText(text);
          findings += linter.check(document).size();
        } catch (RuntimeException e) {
          failures.add((markdown ? "Markdown " : "plain text ") + escaped(text) + ": " + e);
        }
      }
    }
    assertThat(failures).isEmpty();
    assertThat(findings).as("the texts hold problems the checks find").isGreaterThan(10_000);
  }

  private static String randomText(Random random, int pieces) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < pieces; i++) {
      text.append(PIECES[random.nextInt(PIECES.length)]);
      if (random.nextInt(4) == 0) {
        text.append(' ');
      }
    }
    return text.toString();
  }

  /** The text in one line of ASCII, so a failure can be pasted into a test. */
  private static String escaped(String text) {
    StringBuilder escaped = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      escaped.append(c >= 32 && c < 127 && c != '"' && c != '\\' ? String.valueOf(c) : String.format("\\u%04X", (int) c));
    }
    return escaped.append('"').toString();
  }
}
