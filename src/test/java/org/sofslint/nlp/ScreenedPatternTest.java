package org.sofslint.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ScreenedPatternTest {
  private static final List<String> REGEXES = List.of(
      "(?i)\\blast\\s+(?:night|week|weekend)\\b|\\b\\d{1,2}(?::\\d{2})?\\s*(?:am|pm)\\b|\\b(?-i:May)\\b",
      "(?i)\\bfor\\s+(?:at\\s+least\\s+)?(?:\\d+|two|six)\\s+(?:weeks?|months?)\\b|\\b(?:until|till)\\b",
      "(?i)\\bmiss(?:ed|es|ing)?\\s+(?:\\S+\\s+){0,3}?(?:school|nursery)\\b",
      "[A-Z]{3,}",
      "\\b[Tt]he\\s+(?:birth\\s+)?(?:mother|father|mum|dad)\\b(?!\\s*(?:\\(|,\\s*\\p{Lu}|of\\b))|\\b(?:Mother|Father)\\b(?!'s\\s+Day|\\s*\\()");

  /** A few lines written to test the screen, and every line of the test reports. */
  private static List<String> texts() throws Exception {
    List<String> texts = new ArrayList<>(List.of("Sam missed\u000Bschool on Monday.", "LAST   NIGHT at 9pm",
        "She will stay sober for at least six\tmonths.", "In May he left.", "in may he left", "nothing here"));
    try (Stream<Path> files = Files.walk(Path.of("src/test/resources/reports"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".md")).toList()) {
        texts.addAll(Files.readAllLines(file));
      }
    }
    return texts;
  }

  @Test
  void theScreenNeverSaysNoWhereThePatternMatches() throws Exception {
    int matched = 0;
    for (String regex : REGEXES) {
      ScreenedPattern screened = ScreenedPattern.compile(regex);
      for (String text : texts()) {
        boolean expected = screened.pattern().matcher(text).find();
        assertThat(screened.find(text)).as("%s on %s", regex, text).isEqualTo(expected);
        matched += expected ? 1 : 0;
      }
    }
    assertThat(matched).isGreaterThan(10);
  }

  @Test
  void aGroupScreensATextOnceAndFindsWhatEachOfItsPatternsFinds() throws Exception {
    List<ScreenedPattern> patterns = REGEXES.stream().map(ScreenedPattern::compile).toList();
    ScreenedPattern.Group group = ScreenedPattern.group(patterns.toArray(ScreenedPattern[]::new));
    int matched = 0;
    for (String text : texts()) {
      ScreenedPattern.Screened screened = group.screen(text);
      for (ScreenedPattern pattern : patterns) {
        boolean expected = pattern.pattern().matcher(text).find();
        assertThat(screened.find(pattern)).as("%s on %s", pattern.pattern(), text).isEqualTo(expected);
        matched += expected ? 1 : 0;
      }
    }
    assertThat(matched).isGreaterThan(10);
    assertThatThrownBy(() -> group.screen("the mother").find(ScreenedPattern.compile("mother")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void textWithoutTheRequiredWordsIsNotSearched() {
    ScreenedPattern screened = ScreenedPattern.compile("(?i)\\bmiss(?:ed|es|ing)?\\s+(?:\\S+\\s+){0,3}?school\\b");
    assertThat(ScreenedPattern.fold("Sam  Missed\u000B the\tSCHOOL")).isEqualTo("sam missed the school");
    assertThat(screened.mayFind("Sam went to the park")).isFalse();
    assertThat(screened.mayFind("Sam  Missed\u000B the\tSCHOOL")).isTrue();
    assertThat(screened.find("Sam  Missed\u000B the\tSCHOOL")).isTrue();
  }

  @Test
  void lookaroundsAreLeftOutOfTheScreenAndAlternativesScreenedOneByOne() {
    assertThat(ScreenedPattern.withoutLookarounds("\\bthe\\s+mother\\b(?!'s|\\s*\\()x(?<=[(]x)"))
        .isEqualTo("\\bthe\\s+mother\\bx");
    assertThat(ScreenedPattern.topLevelAlternatives("a(?:b|c)|[|]d|e\\|f")).containsExactly("a(?:b|c)", "[|]d", "e\\|f");
    ScreenedPattern lookahead = ScreenedPattern.compile("\\bthe\\s+mother\\b(?!'s)");
    assertThat(lookahead.mayFind("zzz")).isFalse();
    assertThat(lookahead.mayFind("the mother came")).isTrue();
    assertThat(lookahead.mayFind("The\u000BMother came")).isTrue();
    assertThat(ScreenedPattern.compile("(?<!x)\\p{Lu}{3}").mayFind("zzz")).isTrue();
  }

  @Test
  void eachAlternativesLookaheadForItsFirstCharactersChangesNoMatch() throws Exception {
    List<String> texts = new ArrayList<>(texts());
    java.util.Random random = new java.util.Random(17);
    String[] pieces = {"took", "KEPT", "Kept", "\u212Aept", "the", "The", "mother", "May", "may", " ", "  ", "\t", "\u000B",
        "9", "10", "am", "PM", ":", "30", "at", "for", "two", "weeks", "school", "missed", ",", ".", "(", "Mum"};
    for (int i = 0; i < 5_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int k = random.nextInt(12); k > 0; k--) {
        text.append(pieces[random.nextInt(pieces.length)]).append(random.nextBoolean() ? " " : "");
      }
      texts.add(text.toString());
    }
    int found = 0;
    int guards = 0;
    for (String regex : REGEXES) {
      java.util.regex.Matcher leading = java.util.regex.Pattern.compile("^\\(\\?[a-zA-Z]+\\)").matcher(regex);
      String flags = leading.find() ? leading.group() : "";
      for (String alternative : ScreenedPattern.topLevelAlternatives(regex.substring(flags.length()))) {
        java.util.regex.Pattern plain = java.util.regex.Pattern.compile(flags + alternative);
        String guard = ScreenedPattern.firstCharacterGuard(flags + alternative);
        guards += guard.isEmpty() ? 0 : 1;
        java.util.regex.Pattern guarded = java.util.regex.Pattern.compile(flags + guard + alternative);
        for (String text : texts) {
          List<String> expected = plain.matcher(text).results().map(m -> m.start() + "-" + m.end()).toList();
          List<String> actual = guarded.matcher(text).results().map(m -> m.start() + "-" + m.end()).toList();
          assertThat(actual).as("%s on %s", alternative, text).isEqualTo(expected);
          found += expected.size();
        }
      }
    }
    assertThat(found).isGreaterThan(1_000);
    assertThat(guards).isGreaterThan(5);
  }
}
