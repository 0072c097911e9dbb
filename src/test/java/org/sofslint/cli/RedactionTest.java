package org.sofslint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sofslint.TestKit;
import org.sofslint.document.SectionKind;
import org.sofslint.read.WordReader;
import org.sofslint.rules.Builtins;
import org.sofslint.rules.Discipline;
import org.sofslint.rules.Rule;
import org.sofslint.rules.RulePack;
import org.sofslint.rules.Suggestion;

/**
 * {@code --redact} leaves the reports' words out of every output: no word of the samples (their
 * text and their file names) appears in the output unless the rules themselves use it.
 */
class RedactionTest {
  /** Runs of letters and digits; only all-letter runs of three or more count as words, so hashes do not. */
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  /** What the output formats say of their own: headings, field names, totals. */
  private static final Set<String> FORMAT_WORDS = words(String.join(" ",
      "checked file files could not read cannot check warning warnings info error errors findings no rewrite suggestion",
      "path line column rule pack discipline severity section message match suggestions kind advice text version",
      "report reports scored words overall mean median lowest across rules found most often scores run from higher better",
      "harm safety plain behaviour authority progress paragraph table row cell heading box textbox",
      "sarif schema runs tool driver name results level note locations physical location artifact uri base region start",
      "end kind unicode code points fingerprints fixes changes replacements deleted inserted content invocations",
      "execution successful notifications properties description short full help default configuration information",
      "content security policy style script src none sha"));

  @ParameterizedTest
  @CsvSource({"check, text", "check, json", "check, csv", "check, sarif", "check, html", "score, text", "score, csv", "score, html"})
  void noWordOfTheReportsAppearsUnlessTheRulesUseIt(String command, String format) throws Exception {
    Cli.Result result = Cli.run(command, "--redact", "--format", format, "--fail-on", "never", "samples/");
    assertThat(result.code()).isZero();
    String shown = format.equals("html") ? visibleText(result.out()) : result.out();
    Set<String> leaked = new TreeSet<>(words(shown + result.err()));
    leaked.retainAll(inputWords());
    leaked.removeAll(ruleWords());
    leaked.removeAll(FORMAT_WORDS);
    assertThat(leaked).isEmpty();
    assertThat(result.out()).contains("report-").doesNotContain("samples/");
  }

  /** The page without its style sheet, script and tags, but with attribute values, which a page can show too. */
  private static String visibleText(String html) {
    String body = html.replaceAll("(?s)<style.*?</style>|<script.*?</script>", " ");
    return body.replaceAll("<[/!]?[a-zA-Z][a-zA-Z0-9-]*", " ").replaceAll("\\b[a-z-]+=", " ");
  }

  private static Set<String> inputWords() throws Exception {
    Set<String> words = new HashSet<>();
    try (Stream<Path> files = Files.list(Path.of("samples"))) {
      for (Path file : files.filter(p -> !p.getFileName().toString().equals("README.md")).toList()) {
        words.addAll(words(file.toString()));
        words.addAll(words(file.toString().endsWith(".docx")
            ? new WordReader(TestKit.CLASSIFIER).read(file).text() : Files.readString(file)));
      }
    }
    return words;
  }

  /** Every word the built-in rules use of their own: ids, packs, messages, reasons, suggestions, section and discipline names. */
  private static Set<String> ruleWords() {
    StringBuilder text = new StringBuilder();
    for (RulePack pack : Builtins.packs()) {
      text.append(pack.id()).append(' ').append(pack.description()).append(' ');
      for (Rule rule : pack.rules()) {
        text.append(rule.info().id()).append(' ').append(rule.info().message()).append(' ').append(rule.info().reason()).append(' ');
        rule.info().suggestions().stream().map(Suggestion::text).forEach(s -> text.append(s).append(' '));
      }
    }
    Stream.of(SectionKind.values()).forEach(k -> text.append(k.id()).append(' '));
    Stream.of(Discipline.values()).forEach(d -> text.append(d.id()).append(' '));
    return words(text.toString());
  }

  private static Set<String> words(String text) {
    Set<String> words = new HashSet<>();
    Matcher word = WORD.matcher(text);
    while (word.find()) {
      if (word.group().length() >= 3 && word.group().chars().allMatch(Character::isLetter)) {
        words.add(word.group().toLowerCase(Locale.ROOT));
      }
    }
    return words;
  }
}
