package org.sofslint.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a synthetic corpus of Signs of Safety reports for benchmarks: deterministic for a seed,
 * in three layouts (Markdown headings, a Markdown mapping table, a plain-text export), mixing
 * well-written sentences with labels and jargon. Uses only the JDK so it runs from
 * {@code target/test-classes} alone. Prints the number of reports and words written.
 *
 * <p>Usage: {@code CorpusGenerator OUT_DIR REPORTS WORDS_PER_REPORT SEED}
 */
public final class CorpusGenerator {
  private static final String[] CHILDREN = {"Sam", "Ava", "Kai", "Nadia", "Ollie", "Ruby", "Theo", "Maya", "Leo", "Isla"};
  private static final String[] ADULTS = {"Jo", "Dan", "Priya", "Tom", "Kerry", "Marcus", "Ewa", "Gareth", "Amira", "Craig"};
  private static final String[] GOOD = {
      "%2$s told the school nurse that %1$s had not eaten since the day before.",
      "On 3 March %2$s left %1$s, aged four, alone in the flat for about two hours while he went to the pub.",
      "The social worker, the school and Gran are worried that if nothing changes %1$s could be hurt when %2$s drinks and shouts.",
      "%2$s has picked %1$s up from school on time every day since January, which the head teacher has confirmed.",
      "Gran has looked after %1$s every weekend for the last six months when %2$s was drinking.",
      "%2$s will make sure %1$s has breakfast and gets to school on time every day for the next six months, and Gran will check this each week.",
      "%1$s said that the shouting at night makes it hard to sleep and that she feels scared.",
      "The health visitor saw %1$s on 12 May and noted that he had put on weight.",
      "%2$s asked a neighbour to take %1$s to school on the mornings after she had been drinking.",
      "By Friday %2$s will ring the housing officer about the damp in %1$s's bedroom.",
  };
  private static final String[] POOR = {
      "%2$s is very controlling and in denial about the impact on %1$s.",
      "%2$s is an alcoholic and has been non-compliant with the plan.",
      "The family are hard to reach and disengaged from services.",
      "There are ongoing safeguarding concerns re substance misuse and DV.",
      "%1$s is LAC and has supervised contact with %2$s at the contact centre.",
      "The case was discussed at the multi-agency meeting and the threshold for S47 was met.",
      "%2$s presents as chaotic and lacks insight into the concerns.",
      "Mum said \"I know I'm an alcoholic and I need help\" when we met.",
  };

  private CorpusGenerator() {}

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    int reports = Integer.parseInt(args[1]);
    int words = Integer.parseInt(args[2]);
    Random random = new Random(Long.parseLong(args[3]));
    Files.createDirectories(out);
    long total = 0;
    for (int i = 0; i < reports; i++) {
      String child = CHILDREN[random.nextInt(CHILDREN.length)];
      String adult = ADULTS[random.nextInt(ADULTS.length)];
      int layout = i % 3;
      String report = switch (layout) {
        case 0 -> headed(random, child, adult, words);
        case 1 -> mapped(random, child, adult, words);
        default -> plain(random, child, adult, words);
      };
      total += report.split("\\s+").length;
      Files.writeString(out.resolve(String.format("report-%05d.%s", i, layout == 2 ? "txt" : "md")),
          report, StandardCharsets.UTF_8);
    }
    System.out.println(reports + " reports, " + total + " words");
  }

  private static List<String> sentences(Random random, String child, String adult, int words) {
    List<String> sentences = new ArrayList<>();
    int count = 0;
    while (count < words) {
      String[] bank = random.nextInt(4) == 0 ? POOR : GOOD;
      String sentence = String.format(bank[random.nextInt(bank.length)], child, adult);
      sentences.add(sentence);
      count += sentence.split("\\s+").length;
    }
    return sentences;
  }

  private static final String[] HEADINGS = {
      "## What are we worried about?", "### Harm", "### Danger statements", "### Complicating factors",
      "## What's working well?", "### Strengths", "### Existing safety", "## What needs to happen?",
      "### Safety goals", "### Next steps", "## Scaling"};

  private static String headed(Random random, String child, String adult, int words) {
    List<String> sentences = sentences(random, child, adult, words);
    StringBuilder text = new StringBuilder("# Assessment for " + child + "\n\n");
    int perSection = Math.max(1, sentences.size() / HEADINGS.length);
    for (int s = 0; s < sentences.size(); s++) {
      if (s % perSection == 0 && s / perSection < HEADINGS.length) {
        text.append(HEADINGS[s / perSection]).append("\n\n");
      }
      text.append(random.nextInt(5) == 0 ? "- " : "").append(sentences.get(s)).append("\n\n");
    }
    return text.toString();
  }

  private static String mapped(Random random, String child, String adult, int words) {
    List<String> sentences = sentences(random, child, adult, words);
    StringBuilder text = new StringBuilder("# Map for " + child + "\n\n"
        + "| What are we worried about? | What's working well? | What needs to happen? |\n|---|---|---|\n");
    for (int s = 0; s + 2 < sentences.size(); s += 3) {
      text.append("| **Harm**<br>").append(sentences.get(s)).append(" | **Strengths**<br>")
          .append(sentences.get(s + 1)).append(" | **Next steps**<br>").append(sentences.get(s + 2)).append(" |\n");
    }
    return text.append("\nOn a scale of 0 to 10, the social worker said 4.\n").toString();
  }

  private static String plain(Random random, String child, String adult, int words) {
    List<String> sentences = sentences(random, child, adult, words);
    StringBuilder text = new StringBuilder("CHILD AND FAMILY ASSESSMENT\r\n\r\n");
    String[] headings = {"HARM", "DANGER STATEMENTS", "STRENGTHS", "EXISTING SAFETY", "SAFETY GOALS", "NEXT STEPS"};
    int perSection = Math.max(1, sentences.size() / headings.length);
    for (int s = 0; s < sentences.size(); s++) {
      if (s % perSection == 0 && s / perSection < headings.length) {
        text.append(headings[s / perSection]).append("\r\n\r\n");
      }
      text.append(sentences.get(s)).append("\r\n\r\n");
    }
    return text.toString();
  }
}
