package org.sofslint.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.sofslint.bench.Phrases.Kind;

/**
 * Writes a synthetic corpus of Signs of Safety reports for the benchmarks: the same arguments
 * give byte-identical files. Each report is about an invented family ({@link Cast}) with one to
 * three worries ({@link Theme}), written in one of six template styles, rotating by index:
 *
 * <ul>
 *   <li>{@code ASSESSMENT}: a Markdown child and family assessment, the three columns as
 *       headings with the analysis categories under them (wordings vary), after a short family
 *       background and the child's views; about 83% of the words are in Signs of Safety parts.
 *   <li>{@code MAP_TABLE}: a three-column Markdown mapping table with bold category labels in
 *       the cells, the scale below it; about 98% (the rest is the note of who was there).
 *   <li>{@code ROW_MAP}: the row-labelled table ("Harm / Strengths / Next steps"); about 98%.
 *   <li>{@code PLAIN_EXPORT}: a plain-text CRLF export with tab-separated header fields and
 *       capitalised headings, background first; about 84%.
 *   <li>{@code MASH}: a MASH screening record: reason for referral, family composition, agency
 *       checks, chronology and analysis come first, then a shorter Signs of Safety analysis,
 *       then the decision; about 32%.
 *   <li>{@code CONFERENCE}: a conference or review report (QLD, UK or early-help headings),
 *       with the child's and parents' views, numbered danger statements, goals and next steps
 *       and a scale with several people's numbers; about 80%.
 * </ul>
 *
 * <p>The shares are of words in blocks sofslint reads into a Signs of Safety section, measured on
 * 1,000 reports of 1,500 to 4,000 words; they hold at any length, since every part grows in
 * proportion. Statements come from templates with slots (children, adults and their roles, workers,
 * agencies, dates, places, behaviours), so a corpus has many thousands of distinct sentences.
 * About one statement in four or five has a realistic problem (see {@link Phrases}). Long
 * reports get more statements in every part, in the same proportions, and maps more rows.
 * Uses only the JDK so it runs from {@code target/test-classes} alone.
 *
 * <p>Usage: {@code CorpusGenerator OUT_DIR REPORTS WORDS SEED}, where WORDS is a range
 * {@code MIN-MAX} (each report's length drawn uniformly from it) or one number N (each report
 * within 5% of N). Prints {@code R reports, W words}, counting words as whitespace-separated runs.
 */
public final class CorpusGenerator {
  /** The template styles, in the order reports rotate through them. */
  public enum Style {
    ASSESSMENT("md"), MAP_TABLE("md"), ROW_MAP("md"), PLAIN_EXPORT("txt"), MASH("md"), CONFERENCE("md");

    final String extension;

    Style(String extension) {
      this.extension = extension;
    }
  }

  /** The words a report must have: it aims at {@code target} and ends within {@code min..max}. */
  public record Length(int target, int min, int max) {}

  private CorpusGenerator() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 4) {
      System.err.println("usage: CorpusGenerator OUT_DIR REPORTS WORDS|MIN-MAX SEED");
      System.exit(2);
    }
    Path out = Path.of(args[0]);
    int reports = Integer.parseInt(args[1]);
    long total = write(out, reports, args[2], Long.parseLong(args[3]));
    System.out.println(reports + " reports, " + total + " words");
  }

  /** Writes the corpus and returns its number of words. */
  static long write(Path out, int reports, String words, long seed) throws IOException {
    Files.createDirectories(out);
    Random seeds = new Random(seed);
    long total = 0;
    for (int i = 0; i < reports; i++) {
      Random random = new Random(seeds.nextLong());
      Style style = style(i);
      String report = report(style, length(words, random), random);
      total += words(report);
      Files.writeString(out.resolve(String.format(Locale.ROOT, "report-%05d.%s", i, style.extension)),
          report, StandardCharsets.UTF_8);
    }
    return total;
  }

  static Style style(int index) {
    return Style.values()[index % Style.values().length];
  }

  static int words(String text) {
    return text.split("\\s+").length;
  }

  private static Length length(String words, Random random) {
    int dash = words.indexOf('-');
    if (dash > 0) {
      int min = Integer.parseInt(words.substring(0, dash));
      int max = Integer.parseInt(words.substring(dash + 1));
      return new Length(min + random.nextInt(max - min + 1), min, max);
    }
    int n = Integer.parseInt(words);
    return new Length(n, (int) Math.ceil(n * 0.95), (int) Math.floor(n * 1.05));
  }

  /** One report of {@code style}, grown statement by statement until it has the words asked for. */
  public static String report(Style style, Length length, Random random) {
    Cast cast = Cast.draw(random);
    double problemRate = 0.14 + random.nextDouble() * 0.16 + (style == Style.MASH ? 0.08 : 0);
    Phrases phrases = new Phrases(random, cast, problemRate, style == Style.MASH);
    Report report = Report.of(style, cast, phrases, random);
    List<Part> added = new ArrayList<>();
    for (Part part : report.parts()) {
      if (part.weight > 0) {
        part.add(phrases);
        added.add(part);
      }
    }
    String text = report.render();
    int count = words(text);
    while (count < length.target()) {
      int deficit = length.target() - count;
      for (int grown = 0; grown < deficit; ) {
        Part part = report.neediest();
        grown += part.add(phrases);
        added.add(part);
      }
      text = report.render();
      count = words(text);
    }
    while (count > length.max() && !added.isEmpty()) {
      added.remove(added.size() - 1).removeLast();
      text = report.render();
      count = words(text);
    }
    return text;
  }

  /**
   * A part of a report: its heading, the kind of statements it holds, and its share of the
   * growing words. Mutable: statements are added until the report is long enough.
   */
  static final class Part {
    /** What a part holds: statements that grow, or a fixed piece of the layout. */
    enum Slot { STATEMENTS, COLUMN, SCALE, LIST }

    final String heading;
    final Kind kind;
    final double weight;
    final Slot slot;
    final List<String> items = new ArrayList<>();
    int words;

    Part(String heading, Kind kind, double weight) {
      this(heading, kind, weight, Slot.STATEMENTS);
    }

    Part(String heading, Slot slot) {
      this(heading, Kind.BACKGROUND, 0, slot);
    }

    private Part(String heading, Kind kind, double weight, Slot slot) {
      this.heading = heading;
      this.kind = kind;
      this.weight = weight;
      this.slot = slot;
    }

    int add(Phrases phrases) {
      String statement = phrases.statement(kind);
      items.add(statement);
      int count = words(statement);
      words += count;
      return count;
    }

    void removeLast() {
      words -= words(items.remove(items.size() - 1));
    }

    List<String> slice(int from, int to) {
      return items.subList(Math.min(from, items.size()), Math.min(to, items.size()));
    }
  }
}
