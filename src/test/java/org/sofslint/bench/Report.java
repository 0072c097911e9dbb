package org.sofslint.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.sofslint.bench.CorpusGenerator.Part;
import org.sofslint.bench.CorpusGenerator.Part.Slot;
import org.sofslint.bench.CorpusGenerator.Style;
import org.sofslint.bench.Phrases.Kind;

/**
 * The layout of one synthetic report: its parts in order, with the wordings, numbering and
 * bullets this report happens to use, and the fixed pieces (title, header fields, the scale)
 * drawn once. {@link #render()} only prints, so it can be called as often as the length needs.
 */
record Report(Style style, Cast cast, List<Part> parts, List<String> header, List<String> scale,
    List<String> extra, Options options) {

  /** Per-report choices of form: bullets, numbering, curly quotes, map rows. */
  record Options(String bullet, boolean numberedHeadings, boolean curlyQuotes, int perCell, boolean columns) {}

  private static final String[] WORRIED = {"What are we worried about?", "What are we worried about",
      "What are the worries?", "What do we need to worry about?", "Worries", "What's not working well?"};
  private static final String[] WORKING = {"What's working well?", "What is working well?", "What do we have going for us?"};
  private static final String[] NEEDS = {"What needs to happen?", "What needs to happen next?", "What do we need to do?"};
  private static final String[] HARM = {"Harm", "Past harm", "Harm statements", "What has happened?", "Harm statement"};
  private static final String[] DANGER = {"Danger statements", "Worry statements", "Danger/worry statements",
      "Danger statement", "Main worries", "Future danger"};
  private static final String[] COMPLICATING = {"Complicating factors", "Things that make it harder", "Complicating factor"};
  private static final String[] STRENGTHS = {"Strengths", "Existing strengths", "Good things", "Strengths and resources"};
  private static final String[] SAFETY = {"Existing safety", "Safety", "When it worked", "Positive developments",
      "Protection and belonging"};
  private static final String[] GOALS = {"Safety goals", "Safety goal", "Goal statements", "Safety goal(s)"};
  private static final String[] STEPS = {"Next steps", "Immediate next steps", "Actions", "Who will do what by when"};
  private static final String[] SCALES = {"Scaling", "Scaling questions", "Safety scale", "Judgement",
      "Where are we on a scale of 0–10?", "Safety and wellbeing scale"};

  static Report of(Style style, Cast cast, Phrases phrases, Random random) {
    Options options = new Options(random.nextBoolean() ? "-" : random.nextBoolean() ? "•" : "*",
        random.nextInt(4) == 0, random.nextInt(3) == 0, 4 + random.nextInt(4), random.nextInt(4) != 0);
    List<Part> parts = new ArrayList<>();
    List<String> header = new ArrayList<>();
    List<String> extra = new ArrayList<>();
    double wobble = 0.3;
    switch (style) {
      case ASSESSMENT -> {
        header.add(phrases.fill("{Child and Family Assessment|Assessment|Signs of Safety assessment|"
            + "Single assessment} — {kids} " + cast.surname()));
        header.add(phrases.fill("Written by {swfull}, social worker, {agency}, after the mapping meeting on {date}. "
            + "At the meeting were " + present(cast) + "."));
        parts.add(part(random, pick(random, "Family background", "Background"), Kind.BACKGROUND, 0.08, wobble));
        parts.add(part(random, pick(random, "Child's voice", "Views of the child", "Voice of the child"), Kind.VOICE, 0.05, wobble));
        columns(random, parts, 1.0, wobble, HARM, DANGER, STRENGTHS, SAFETY, GOALS);
        if (random.nextBoolean()) {
          parts.add(part(random, pick(random, "Analysis", "Professional analysis", "Summary"), Kind.ANALYSIS, 0.04, wobble));
        }
      }
      case MAP_TABLE, ROW_MAP -> {
        header.add(phrases.fill("{Signs of Safety map|Family map|Mapping|Safety map} — {kids} " + cast.surname()));
        header.add(phrases.fill("{Mapping held at {town} Family Centre on {date}|Map drawn up with the family on {date}|"
            + "Mapping meeting, {date}, at the family's home}. Present: " + present(cast) + "."));
        columns(random, parts, 1.0, wobble, HARM, DANGER, STRENGTHS, SAFETY, GOALS);
      }
      case PLAIN_EXPORT -> {
        header.add(cast.town().toUpperCase(Locale.ROOT) + " " + pick(random, "BOROUGH COUNCIL", "COUNCIL", "CITY COUNCIL")
            + " – CHILDREN’S SERVICES");
        header.add(pick(random, "CHILD AND FAMILY ASSESSMENT", "SIGNS OF SAFETY ASSESSMENT", "ASSESSMENT SUMMARY"));
        header.add("");
        header.add("Case ref:\t" + cast.town().substring(0, 3).toUpperCase(Locale.ROOT) + "-CFA-"
            + cast.reportDate().getYear() + "-" + (100000 + random.nextInt(900000)));
        header.add("Children:\t" + ages(cast));
        header.add("Parents:\t" + cast.mum().name() + " " + cast.surname() + " (Mum), " + cast.dad().name() + " ("
            + cast.dad().role() + ")");
        header.add("Worker:\t" + cast.worker().name() + ", Social Worker");
        header.add("Assessment date:\t" + phrases.reportDate());
        parts.add(part(random, "BACKGROUND", Kind.BACKGROUND, 0.10, wobble));
        parts.add(part(random, pick(random, "CHILD'S VOICE", "VIEWS OF THE CHILD"), Kind.VOICE, 0.04, wobble));
        columns(random, parts, 1.0, wobble, HARM, DANGER, STRENGTHS, SAFETY, GOALS);
      }
      case MASH -> {
        header.add(pick(random, "MASH Screening Record", "MASH Referral and Screening", "Front Door Screening Record"));
        header.add("**Ref:** MASH/" + cast.reportDate().getYear() % 100 + "/" + (10000 + random.nextInt(90000)));
        header.add("**Child(ren):** " + dobs(cast, random));
        header.add("**MOC:** " + cast.mum().name() + " " + cast.surname() + " **FOC:** " + cast.dad().name() + " "
            + cast.surname());
        header.add(phrases.fill("**Referrer:** {Police (PPN)|School|Health visitor|Anonymous|Mother} rec'd ")
            + phrases.reportDate());
        header.add("**RAG:** " + pick(random, "Red", "Amber", "Amber/Red"));
        header.add("**Screened by:** " + cast.worker().name() + ", SW, " + cast.town() + " MASH");
        parts.add(part(random, pick(random, "Reason for referral", "Reason for the referral", "Referral information"),
            Kind.REFERRAL, 0.06, wobble));
        parts.add(new Part(pick(random, "Family composition", "Household composition"), Slot.LIST));
        extra.addAll(composition(cast));
        parts.add(part(random, pick(random, "Agency checks", "Information from agencies", "Multi-agency information"),
            Kind.AGENCY, 0.16, wobble));
        parts.add(part(random, "Chronology", Kind.CHRONOLOGY, 0.20, wobble));
        parts.add(part(random, pick(random, "Analysis", "MASH analysis"), Kind.ANALYSIS, 0.12, wobble));
        columns(random, parts, 0.36, wobble, HARM, DANGER, STRENGTHS, SAFETY, GOALS);
        parts.add(part(random, pick(random, "Decision", "MASH decision", "Recommendation"), Kind.DECISION, 0.06, wobble));
      }
      case CONFERENCE -> {
        String kind = pick(random, "Review Child Protection Conference", "Initial Child Protection Conference",
            "Child in Need Review", "Early Help Review");
        header.add(kind + " — " + cast.childNames() + " " + cast.surname());
        header.add("**Date:** " + phrases.reportDate());
        header.add(phrases.fill("**Venue:** {town} {Civic Centre|Family Hub|Children's Centre}, Room {n}"));
        header.add(phrases.fill("**Chair:** {Gill Armitage|Rashida Cole|Peter Lomax|Helen Ibbotson}, Independent Chair"));
        header.add("**Social worker:** " + cast.worker().name() + ", " + cast.agency());
        header.add("**Present:** " + present(cast));
        parts.add(part(random, pick(random, "Views of the child", "Child's voice"), Kind.VOICE, 0.06, wobble));
        parts.add(part(random, pick(random, "Parents' views", "Family's views"), Kind.PARENTS, 0.05, wobble));
        switch (random.nextInt(3)) {
          case 0 -> flat(random, parts, wobble, "Harm statements", "Worry statements", "Complicating factors",
              "Strengths and resources", "Protection and belonging", "Goal statements", "Next steps");
          case 1 -> flat(random, parts, wobble, pick(random, HARM), pick(random, DANGER), pick(random, COMPLICATING),
              pick(random, STRENGTHS), "Existing safety", pick(random, GOALS), pick(random, STEPS));
          default -> flat(random, parts, wobble, "What has happened?", "Worry statements", "Things that make it harder",
              "What's working well", "When it worked", "Wellbeing goals", "What needs to happen next?");
        }
        parts.add(part(random, "Decision", Kind.DECISION, 0.04, wobble));
      }
      default -> throw new IllegalStateException(style.name());
    }
    return new Report(style, cast, parts, header, phrases.scale(), extra, options);
  }

  /** The Signs of Safety parts under the three columns; their heading wordings drawn per report. */
  private static void columns(Random random, List<Part> parts, double share, double wobble, String[] harm,
      String[] danger, String[] strengths, String[] safety, String[] goals) {
    parts.add(new Part(pick(random, WORRIED), Slot.COLUMN));
    parts.add(part(random, pick(random, harm), Kind.HARM, 0.17 * share, wobble));
    parts.add(part(random, pick(random, danger), Kind.DANGER, 0.06 * share, wobble));
    parts.add(part(random, pick(random, COMPLICATING), Kind.COMPLICATING, 0.08 * share, wobble));
    parts.add(new Part(pick(random, WORKING), Slot.COLUMN));
    parts.add(part(random, pick(random, strengths), Kind.STRENGTH, 0.11 * share, wobble));
    parts.add(part(random, pick(random, safety), Kind.SAFETY, 0.10 * share, wobble));
    parts.add(new Part(pick(random, NEEDS), Slot.COLUMN));
    parts.add(part(random, pick(random, goals), Kind.GOAL, 0.07 * share, wobble));
    parts.add(part(random, pick(random, STEPS), Kind.STEP, 0.12 * share, wobble));
    parts.add(new Part(pick(random, SCALES), Slot.SCALE));
  }

  /** Conference reports list the parts one after another, without the column headings. */
  private static void flat(Random random, List<Part> parts, double wobble, String harm, String danger,
      String complicating, String strengths, String safety, String goals, String steps) {
    parts.add(part(random, harm, Kind.HARM, 0.14, wobble));
    parts.add(part(random, danger, Kind.DANGER, 0.06, wobble));
    parts.add(part(random, complicating, Kind.COMPLICATING, 0.07, wobble));
    parts.add(part(random, strengths, Kind.STRENGTH, 0.10, wobble));
    parts.add(part(random, safety, Kind.SAFETY, 0.08, wobble));
    parts.add(part(random, goals, Kind.GOAL, 0.07, wobble));
    parts.add(new Part(pick(random, "Safety and wellbeing scale", "Scaling", "Where are we on a scale of 0–10?"),
        Slot.SCALE));
    parts.add(part(random, steps, Kind.STEP, 0.12, wobble));
  }

  private static Part part(Random random, String heading, Kind kind, double weight, double wobble) {
    return new Part(heading, kind, weight * (1 - wobble + 2 * wobble * random.nextDouble()));
  }

  /** The growing part furthest below its share of the words so far. */
  Part neediest() {
    double weights = 0;
    int words = 0;
    for (Part part : parts) {
      weights += part.weight;
      words += part.words;
    }
    Part neediest = null;
    double gap = Double.NEGATIVE_INFINITY;
    for (Part part : parts) {
      if (part.weight > 0) {
        double shortfall = part.weight / weights * (words + 50) - part.words;
        if (shortfall > gap) {
          gap = shortfall;
          neediest = part;
        }
      }
    }
    return neediest;
  }

  String render() {
    String text = switch (style) {
      case ASSESSMENT, MASH, CONFERENCE -> headed();
      case MAP_TABLE -> mapTable();
      case ROW_MAP -> rowMap();
      case PLAIN_EXPORT -> plain();
    };
    return options.curlyQuotes() ? curly(text) : text;
  }

  // ---------------------------------------------------------------- Markdown with headings

  private String headed() {
    StringBuilder out = new StringBuilder("# ").append(header.get(0)).append("\n\n");
    out.append(String.join("\n", header.subList(1, header.size()))).append("\n\n");
    boolean nested = style != Style.CONFERENCE;
    int number = 0;
    boolean underColumn = false;
    for (Part part : parts) {
      underColumn = part.slot == Slot.COLUMN || underColumn && part.slot == Slot.STATEMENTS && isSofs(part.kind);
      boolean sub = nested && underColumn && part.slot != Slot.COLUMN;
      String numbering = options.numberedHeadings() && !sub ? ++number + ". " : "";
      out.append(sub ? "### " : "## ").append(numbering).append(part.heading).append("\n\n");
      if (part.slot == Slot.LIST) {
        extra.forEach(line -> out.append("- ").append(line).append('\n'));
        out.append('\n');
      } else if (part.slot == Slot.SCALE) {
        scale(out, "- ");
      }
      items(out, part);
    }
    if (style == Style.MASH) {
      out.append("**Manager decision:** Agreed. ").append(cast.manager().name()).append(", MASH Team Manager\n");
    }
    return out.toString();
  }

  private static boolean isSofs(Kind kind) {
    return kind.compareTo(Kind.STEP) <= 0;
  }

  private void items(StringBuilder out, Part part) {
    boolean numbered = part.kind == Kind.DANGER || part.kind == Kind.GOAL
        || part.kind == Kind.STEP && style == Style.CONFERENCE;
    boolean bulleted = part.kind == Kind.COMPLICATING || part.kind == Kind.STRENGTH || part.kind == Kind.SAFETY
        || part.kind == Kind.STEP || part.kind == Kind.CHRONOLOGY || part.kind == Kind.DECISION
        || part.kind == Kind.AGENCY && style != Style.MASH;
    for (int i = 0; i < part.items.size(); i++) {
      String item = part.items.get(i);
      if (numbered) {
        out.append(i + 1).append(". ").append(item).append("\n\n");
      } else if (bulleted) {
        out.append(options.bullet().equals("•") ? "-" : options.bullet()).append(' ').append(item).append('\n');
      } else {
        out.append(item).append("\n\n");
      }
    }
    if (bulleted && !numbered && !part.items.isEmpty()) {
      out.append('\n');
    }
  }

  private void scale(StringBuilder out, String bullet) {
    out.append(scale.get(0)).append("\n\n");
    for (String line : scale.subList(1, scale.size())) {
      out.append(line.contains(": ") ? bullet + line + "\n" : "\n" + line + "\n");
    }
    out.append('\n');
  }

  // ---------------------------------------------------------------- mapping tables

  private String mapTable() {
    StringBuilder out = new StringBuilder("# ").append(header.get(0)).append("\n\n").append(header.get(1)).append("\n\n");
    List<Part> worried = List.of(parts.get(1), parts.get(2), parts.get(3));
    List<Part> working = List.of(parts.get(5), parts.get(6));
    List<Part> needs = List.of(parts.get(8), parts.get(9));
    out.append("| ").append(parts.get(0).heading).append(" | ").append(parts.get(4).heading).append(" | ")
        .append(parts.get(7).heading).append(" |\n|---|---|---|\n");
    int rows = rows(parts);
    for (int r = 0; r < rows; r++) {
      out.append("| ").append(cell(worried, r, true)).append(" | ").append(cell(working, r, true)).append(" | ")
          .append(cell(needs, r, true)).append(" |\n");
    }
    out.append('\n');
    inlineScale(out);
    return out.toString();
  }

  private String rowMap() {
    StringBuilder out = new StringBuilder("# ").append(header.get(0)).append("\n\n").append(header.get(1)).append("\n\n");
    out.append("|  | ").append(parts.get(0).heading).append(" | ").append(parts.get(4).heading).append(" | ")
        .append(parts.get(7).heading).append(" |\n|---|---|---|---|\n");
    Part harm = parts.get(1);
    Part danger = parts.get(2);
    Part complicating = parts.get(3);
    Part strengths = parts.get(5);
    Part safety = parts.get(6);
    Part goals = parts.get(8);
    Part steps = parts.get(9);
    int rows = rows(parts);
    for (int r = 0; r < rows; r++) {
      row(out, r, harm, strengths, steps);
      row(out, r, danger, safety, goals);
      if (!complicating.slice(r * options.perCell(), (r + 1) * options.perCell()).isEmpty()) {
        out.append("| ").append(complicating.heading).append(" | ")
            .append(cell(List.of(complicating), r, false)).append(" |  |  |\n");
      }
    }
    out.append('\n');
    inlineScale(out);
    return out.toString();
  }

  private void row(StringBuilder out, int r, Part first, Part second, Part third) {
    int from = r * options.perCell();
    if (first.slice(from, from + options.perCell()).isEmpty() && second.slice(from, from + options.perCell()).isEmpty()
        && third.slice(from, from + options.perCell()).isEmpty()) {
      return;
    }
    out.append("| ").append(first.heading).append(" / ").append(second.heading).append(" / ").append(third.heading)
        .append(" | ").append(cell(List.of(first), r, false)).append(" | ").append(cell(List.of(second), r, false))
        .append(" | ").append(cell(List.of(third), r, false)).append(" |\n");
  }

  /** Rows enough that no cell holds more than {@code perCell} statements of one part. */
  private int rows(List<Part> all) {
    int most = all.stream().mapToInt(p -> p.items.size()).max().orElse(1);
    return Math.max(1, (most + options.perCell() - 1) / options.perCell());
  }

  /** One cell of row {@code r}: each part's statements for that row, under its bold label when labelled. */
  private String cell(List<Part> column, int r, boolean labelled) {
    List<String> pieces = new ArrayList<>();
    for (Part part : column) {
      List<String> items = part.slice(r * options.perCell(), (r + 1) * options.perCell());
      if (items.isEmpty()) {
        continue;
      }
      if (labelled) {
        pieces.add("**" + (options.numberedHeadings() ? part.heading.toUpperCase(Locale.ROOT) : part.heading) + "**");
      }
      int first = r * options.perCell();
      for (int i = 0; i < items.size(); i++) {
        boolean numbered = part.kind == Kind.DANGER || part.kind == Kind.GOAL;
        String marker = numbered ? first + i + 1 + ". " : options.bullet().equals("*") ? "" : options.bullet() + " ";
        pieces.add(marker + items.get(i));
      }
    }
    return String.join(options.columns() ? "<br>" : "<br><br>", pieces);
  }

  private void inlineScale(StringBuilder out) {
    String question = scale.get(0);
    out.append(options.columns() ? "Scaling: " + Character.toLowerCase(question.charAt(0)) + question.substring(1)
        : "**Scaling.** " + question);
    List<String> ratings = new ArrayList<>();
    String quote = "";
    for (String line : scale.subList(1, scale.size())) {
      if (line.contains(":")) {
        int colon = line.indexOf(':');
        ratings.add(line.substring(0, colon) + " said " + line.substring(colon + 2));
      } else {
        quote = line;
      }
    }
    out.append("\n\n").append(String.join("; ", ratings)).append(".");
    if (!quote.isEmpty()) {
      out.append(' ').append(quote);
    }
    out.append('\n');
  }

  // ---------------------------------------------------------------- plain text export

  private String plain() {
    StringBuilder out = new StringBuilder();
    header.forEach(line -> out.append(line).append('\n'));
    out.append('\n');
    for (Part part : parts) {
      if (part.slot == Slot.COLUMN && !options.columns()) {
        continue;
      }
      out.append(part.heading.toUpperCase(Locale.ROOT)).append("\n\n");
      if (part.slot == Slot.SCALE) {
        out.append(scale.get(0)).append("\n\n");
        for (String line : scale.subList(1, scale.size())) {
          out.append(line.contains(": ") ? "- " + line.replaceFirst(": ", ":\t") : line).append('\n');
        }
        out.append('\n');
      }
      boolean bulleted = part.kind != Kind.HARM && part.kind != Kind.BACKGROUND && part.kind != Kind.VOICE;
      for (String item : part.items) {
        out.append(bulleted ? "- " : "").append(item).append(bulleted ? "\n" : "\n\n");
      }
      if (bulleted && !part.items.isEmpty()) {
        out.append('\n');
      }
    }
    return out.toString().replace("\n", "\r\n");
  }

  // ---------------------------------------------------------------- small pieces

  private static String present(Cast cast) {
    Cast.Person child = cast.children().get(0);
    return cast.mum().name() + " " + cast.surname() + " (Mum), " + cast.dad().name() + " ("
        + cast.dad().role() + "), " + cast.network().name() + " (" + cast.network().role() + "), "
        + cast.network2().name() + " (" + cast.network2().role() + "), " + cast.teacher() + " (" + child.name()
        + "'s teacher, " + cast.school() + ") and " + cast.worker().name() + " (social worker)";
  }

  private static String ages(Cast cast) {
    List<String> names = new ArrayList<>();
    for (Cast.Person child : cast.children()) {
      names.add(child.name() + " " + cast.surname() + " (" + child.age() + ")");
    }
    return String.join(", ", names);
  }

  private static String dobs(Cast cast, Random random) {
    List<String> names = new ArrayList<>();
    for (Cast.Person child : cast.children()) {
      var born = cast.reportDate().minusYears(child.age()).minusDays(random.nextInt(360));
      names.add(String.format(Locale.ROOT, "%s %s (DOB %02d/%02d/%d)", child.name(),
          cast.surname().toUpperCase(Locale.ROOT), born.getDayOfMonth(), born.getMonthValue(), born.getYear()));
    }
    return String.join(", ", names);
  }

  private static List<String> composition(Cast cast) {
    List<String> lines = new ArrayList<>();
    for (Cast.Person child : cast.children()) {
      lines.add(child.name() + " " + cast.surname() + ", " + child.age() + ", subject child, lives at home");
    }
    lines.add(cast.mum().name() + " " + cast.surname() + ", " + cast.mum().age() + ", mother");
    lines.add(cast.dad().name() + ", " + cast.dad().age() + ", " + cast.dad().role()
        + (cast.dad().role().equals("Dad") ? " (father)" : "") + ", lives at the address most nights");
    lines.add(cast.network().name() + ", " + cast.network().role() + ", lives locally, not in the household");
    return lines;
  }

  private static String pick(Random random, String... options) {
    return options[random.nextInt(options.length)];
  }

  /** Word-processor quotes: “ ” and ’, as exports from Word carry them. */
  private static String curly(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch == '"') {
        boolean opening = i == 0 || Character.isWhitespace(text.charAt(i - 1)) || text.charAt(i - 1) == '(';
        out.append(opening ? '“' : '”');
      } else if (ch == '\'') {
        out.append('’');
      } else {
        out.append(ch);
      }
    }
    return out.toString();
  }
}
