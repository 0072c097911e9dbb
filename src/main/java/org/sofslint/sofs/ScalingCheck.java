package org.sofslint.sofs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.sofslint.document.SectionKind;

/**
 * A scaling question defines both ends (what 10 means and what 0 means) and records each
 * person's number. The report's scaling statements, with any line introducing them ("On a
 * scale where 10 means …:"), are read together as one passage.
 */
final class ScalingCheck implements StructureCheck {
  static final String NAME = "scaling";

  private static final String NUMBER = "(-?\\d{1,3}(?:\\.5)?|zero|one|two|three|four|five|six|seven|eight|nine|ten"
      + "|eleven|twelve|fifteen|twenty)";
  private static final String DEFINES = "\\s*(?:[a-z]+\\s+(?=mean|meant))?(?:=|:|-|–|—|\\(|means?\\b|meant\\b|meaning\\b|is\\b|would\\s+(?:mean|be)\\b|represents\\b"
      + "|being\\b|equals\\b|stands\\s+for\\b|describes\\b|will\\s+mean\\b)";
  private static final Pattern RANGE = Pattern.compile("(?i)\\b(?:0|1|zero|one)\\s*(?:-|–|—|to)\\s*(?:10|ten)\\b");
  private static final Pattern OUT_OF = Pattern.compile("(?i)\\s*(?:/\\s*(?:10|ten)\\b|out\\s+of\\s+(?:10|ten)\\b)");
  /** A number's meaning given right after it, as an anchor of the scale is. */
  private static final Pattern DEFINITION = Pattern.compile("(?i)" + DEFINES);
  private static final Pattern TEN = Pattern.compile("(?i)\\b(?:10|ten)\\b" + DEFINES);
  private static final Pattern ZERO = Pattern.compile("(?i)\\b(?:0|zero|nought|nil)\\b" + DEFINES);
  /**
   * What the look-behind of a rating after a word needs, and what a number starts with. Asked
   * first, it spares the look-behind, which tries up to 21 lengths backwards, at every other
   * position of the passage: that was three quarters of the expression's time. It changes no
   * match (ScalingCheckTest).
   */
  static final String WORTH_LOOKING_BEHIND = "(?<=\\s)(?=[-\\dzotfsen])";
  static final Pattern RATING = Pattern.compile("(?i)(?:\\b(?:said|says|gave|gives|rated|rates|scored|scores"
      + "|chose|chooses|picked|picks|put\\s+(?:it|things|this|themselves|herself|himself|us)\\s+at|is\\s+at|are\\s+at"
      + "|at\\s+a|at|a|(?:score|rating|number|judgement)\\s+of)\\b|[:=–—-])\\s*" + NUMBER + "\\b"
      + "|\\b" + NUMBER + "(?=" + OUT_OF.pattern().substring(4) + ")"
      + "|" + WORTH_LOOKING_BEHIND + "(?<=\\b[A-Za-z]{2,20}\\s)" + NUMBER + "(?=\\s*(?:,|;|\\.|$|\\band\\b))");
  private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("zero", 0), Map.entry("one", 1),
      Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
      Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
      Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("fifteen", 15), Map.entry("twenty", 20));

  @Override
  public List<String> outcomes() {
    return List.of("no-ten-anchor", "no-zero-anchor", "out-of-range", "no-rating", "single-rating");
  }

  @Override
  public List<Flag> check(Review review, Set<String> wanted, Map<String, String> parameters) {
    Outcomes outcomes = new Outcomes(wanted, review);
    List<Statement> scaling = review.in(SectionKind.SCALING);
    if (scaling.isEmpty()) {
      return outcomes.flags();
    }
    String passage = scaling.stream()
        .flatMap(s -> java.util.stream.Stream.concat(s.context().stream(), s.sentences().stream()))
        .map(org.sofslint.document.Sentence::span).distinct()
        .sorted(java.util.Comparator.comparingInt(org.sofslint.document.Span::start))
        .map(review::text).collect(Collectors.joining(" "));
    String cleaned = RANGE.matcher(passage).replaceAll(" range ");
    List<Double> ratings = ratings(cleaned);
    Statement first = scaling.get(0);
    outcomes.add("no-ten-anchor", !TEN.matcher(cleaned).find(), first)
        .add("no-zero-anchor", !ZERO.matcher(cleaned).find(), first)
        .add("out-of-range", ratings.stream().anyMatch(r -> r < 0 || r > 10), first)
        .add("no-rating", ratings.isEmpty(), first)
        .add("single-rating", ratings.size() == 1, first);
    return outcomes.flags();
  }

  /** The judgement numbers given, leaving out the anchors' own 0 and 10. */
  private static List<Double> ratings(String passage) {
    List<Double> ratings = new ArrayList<>();
    Matcher m = RATING.matcher(passage);
    while (m.find()) {
      String number = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
      int end = m.end();
      boolean anchor = DEFINITION.matcher(passage).region(end, passage.length()).lookingAt()
          && !OUT_OF.matcher(passage).region(end, passage.length()).lookingAt();
      if (!anchor) {
        ratings.add(WORDS.containsKey(number.toLowerCase(java.util.Locale.ROOT))
            ? WORDS.get(number.toLowerCase(java.util.Locale.ROOT)) : Double.parseDouble(number));
      }
    }
    return ratings;
  }
}
