package org.sofslint.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Writes the statements of one synthetic report: mostly well-written statements of the kind the
 * section asks for, and now and then ({@code problemRate}) one with a problem practitioners
 * really write (a label, jargon, past harm written as danger, a strength passed off as safety,
 * a vague goal, an unowned next step, a run-on sentence). Mutable: it draws from the report's
 * random source and remembers which child and adult the statement being written is about.
 */
final class Phrases {
  /** What a statement is for: the Signs of Safety kinds, then the other parts of real reports. */
  enum Kind {
    HARM, DANGER, COMPLICATING, STRENGTH, SAFETY, GOAL, STEP,
    BACKGROUND, REFERRAL, AGENCY, CHRONOLOGY, ANALYSIS, VOICE, PARENTS, DECISION
  }

  private static final String[] MONTHS = {
      "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
      "November", "December"};
  private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

  private final Random random;
  private final Cast cast;
  private final double problemRate;
  private final boolean shortDates;
  private final String home;
  private final Map<Theme, Cast.Person> carers = new EnumMap<>(Theme.class);
  private final Set<String> used = new HashSet<>();
  private final String drug;
  private int lastDay;
  private LocalDate lastDeadline;

  private Theme theme;
  private Cast.Person child;
  private Cast.Person child2;
  private Cast.Person carer;
  private Cast.Person other;

  Phrases(Random random, Cast cast, double problemRate, boolean shortDates) {
    this.random = random;
    this.cast = cast;
    this.problemRate = problemRate;
    this.shortDates = shortDates;
    this.home = random.nextBoolean() ? "flat" : "house";
    this.drug = pick(new String[] {"cannabis", "cocaine", "heroin", "ketamine", "spice", "crack cocaine"});
    this.lastDeadline = cast.reportDate();
    for (Theme t : cast.themes()) {
      carers.put(t, switch (t.carer) {
        case MUM -> cast.mum();
        case DAD -> cast.dad();
        case EITHER -> random.nextBoolean() ? cast.mum() : cast.dad();
      });
    }
    about(cast.themes().get(0));
  }

  /** A statement for a section of {@code kind}: well written, or (at the report's rate) with a problem. */
  String statement(Kind kind) {
    about(cast.themes().get(random.nextInt(cast.themes().size())));
    List<String> problems = problems(kind);
    if (!problems.isEmpty() && random.nextDouble() < problemRate) {
      return random.nextInt(10) == 0 && RUN_ON_KINDS.contains(kind) ? runOn() : fill(pick(problems));
    }
    return good(kind);
  }

  private void about(Theme next) {
    theme = next;
    carer = carers.get(next);
    other = carer == cast.mum() ? cast.dad() : cast.mum();
    List<Cast.Person> fitting = cast.children().stream()
        .filter(c -> c.age() >= next.minAge && c.age() <= next.maxAge).toList();
    child = fitting.isEmpty() ? cast.children().get(0) : fitting.get(random.nextInt(fitting.size()));
    List<Cast.Person> others = cast.children().stream().filter(c -> c != child).toList();
    child2 = others.isEmpty() ? null : others.get(random.nextInt(others.size()));
  }

  private String good(Kind kind) {
    return switch (kind) {
      case HARM -> random.nextInt(5) < 3 ? themed(theme.harm) : fill(pick(HARM_GOOD));
      case DANGER -> danger();
      case COMPLICATING -> fill(pick(COMPLICATING_GOOD));
      case STRENGTH -> fill(pick(STRENGTH_GOOD));
      case SAFETY -> random.nextInt(5) < 3 ? themed(theme.safety) : fill(pick(SAFETY_GOOD));
      case GOAL -> random.nextInt(3) < 2 ? themed(theme.goal) : fill(pick(GOAL_GOOD));
      case STEP -> random.nextInt(3) == 0 ? themed(theme.step) : fill(pick(STEP_GOOD));
      case BACKGROUND -> fill(pick(BACKGROUND_GOOD));
      case REFERRAL -> fill(pick(REFERRAL_GOOD));
      case AGENCY -> fill(pick(AGENCY_GOOD));
      case CHRONOLOGY -> fill("{date}: " + pick(CHRONOLOGY));
      case ANALYSIS -> fill(pick(ANALYSIS_GOOD));
      case VOICE -> random.nextBoolean() ? themed(theme.voice) : fill(pick(VOICE_GOOD));
      case PARENTS -> fill(pick(PARENTS_GOOD));
      case DECISION -> fill(pick(DECISION_GOOD));
    };
  }

  private List<String> problems(Kind kind) {
    return switch (kind) {
      case HARM -> HARM_POOR;
      case DANGER -> random.nextInt(3) == 0 ? theme.pastDanger : DANGER_POOR;
      case COMPLICATING -> COMPLICATING_POOR;
      case STRENGTH -> STRENGTH_POOR;
      case SAFETY -> SAFETY_POOR;
      case GOAL -> GOAL_POOR;
      case STEP -> STEP_POOR;
      case BACKGROUND, REFERRAL, AGENCY, ANALYSIS -> ANALYSIS_POOR;
      case CHRONOLOGY -> CHRONOLOGY_POOR;
      case VOICE, PARENTS -> QUOTED_LABELS;
      case DECISION -> DECISION_POOR;
    };
  }

  /** A template about the current worry that needs a second child only when there is one. */
  private String themed(List<String> templates) {
    for (int tries = 0; tries < 8; tries++) {
      String template = pick(templates);
      if (child2 != null || !template.contains("{c2")) {
        return fill(template);
      }
    }
    return fill(pick(STRENGTH_GOOD));
  }

  private String danger() {
    String behaviour = pick(theme.behaviour);
    String impact = pick(theme.impact);
    String statement = switch (random.nextInt(5)) {
      case 0 -> "{worried} worried that if nothing changes and " + behaviour + ", " + impact + ".";
      case 1 -> "{worried} worried that " + impact + " if " + behaviour + ".";
      case 2 -> {
        String second = pick(theme.impact);
        yield "{worried} worried that if " + behaviour + ", " + impact
            + (second.equals(impact) ? "" : ", and " + second) + ".";
      }
      default -> "{worried} worried that if " + behaviour + ", " + impact + ".";
    };
    if (random.nextInt(5) == 0) {
      statement = "{sw} can see that {carer} has {worked hard since {month}|been honest about what happened|"
          + "come to every meeting}. " + statement;
    }
    if (random.nextInt(5) == 0) {
      statement += " {carer} does not share this worry; {carer.he} says {it only happened once|the children were "
          + "never in danger|things are much better now}.";
    }
    return fill(statement);
  }

  /** A run-on sentence: several clauses of a well-meant account strung together. */
  private String runOn() {
    List<String> clauses = new ArrayList<>();
    int count = 4 + random.nextInt(3);
    for (int i = 0; i < count; i++) {
      clauses.add(pick(RUN_ON));
    }
    StringBuilder text = new StringBuilder(clauses.get(0));
    for (int i = 1; i < clauses.size(); i++) {
      text.append(pick(JOINS)).append(clauses.get(i));
    }
    return capital(fill(text.append('.').toString()));
  }

  /** The scaling question and the ratings, one line each; anchors sometimes missing, as in real reports. */
  List<String> scale() {
    List<String> lines = new ArrayList<>();
    boolean zero = random.nextInt(5) != 0;
    String ten = pick(new String[] {
        "10 means {kidsare} safe enough for {agency} to close our work",
        "10 means everyone is confident {kidsare} safe enough for the case to be closed",
        "10 means {kidsare} getting the care they need and {agency} can step back"});
    String nought = pick(new String[] {
        "0 means things are so unsafe that {kids} could not stay at home tonight",
        "0 means nothing has changed and {kids} would need to live somewhere else",
        "0 means {kidsare} being harmed so badly that home is not safe for them"});
    lines.add(fill("On a scale of 0 to 10, where " + ten + (zero ? ", and " + nought : "") + ":"));
    List<String> people = new ArrayList<>(List.of("{sw}", "{mum}", "{dad}", "{net}", "{teacher}", "{hv}"));
    int raters = random.nextInt(8) == 0 ? 1 : 3 + random.nextInt(4);
    for (int i = 0; i < raters && i < people.size(); i++) {
      int score = i == 0 ? 2 + random.nextInt(4) : 3 + random.nextInt(6);
      String why = random.nextInt(3) == 0 ? pick(SCALE_REASONS) + "." : "";
      lines.add(fill(people.get(i) + ": " + score + why));
    }
    if (random.nextBoolean()) {
      lines.add(fill("{c} chose " + (3 + random.nextInt(7)) + " on a line of faces and said, \"{It's better when " + cast.network().name()
          + " comes|I want it to be calm at home|It's a bit better now}.\""));
    }
    return lines;
  }

  /** Expands {@code {a|b}} choices and {@code {slot}} names, inside out. */
  String fill(String template) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < template.length()) {
      char ch = template.charAt(i);
      if (ch != '{') {
        out.append(ch);
        i++;
        continue;
      }
      int depth = 0;
      int end = i;
      for (; end < template.length(); end++) {
        char e = template.charAt(end);
        if (e == '{') {
          depth++;
        } else if (e == '}' && --depth == 0) {
          break;
        }
      }
      String inner = template.substring(i + 1, end);
      List<String> options = topLevelOptions(inner);
      out.append(options.size() > 1 ? fill(options.get(random.nextInt(options.size()))) : slot(inner));
      i = end + 1;
    }
    return out.toString();
  }

  private static List<String> topLevelOptions(String inner) {
    List<String> options = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < inner.length(); i++) {
      char ch = inner.charAt(i);
      if (ch == '{') {
        depth++;
      } else if (ch == '}') {
        depth--;
      } else if (ch == '|' && depth == 0) {
        options.add(inner.substring(start, i));
        start = i + 1;
      }
    }
    options.add(inner.substring(start));
    return options;
  }

  private String slot(String name) {
    int dot = name.indexOf('.');
    if (dot > 0) {
      Cast.Person person = person(name.substring(0, dot));
      String form = name.substring(dot + 1);
      return switch (form) {
        case "he" -> person.he();
        case "He" -> capital(person.he());
        case "his" -> person.his();
        case "him" -> person.him();
        case "himself" -> person.female() ? "herself" : "himself";
        case "age" -> Integer.toString(person.age());
        case "role" -> person.role().startsWith("Mum's") || person.role().equals("stepdad") ? person.name() : capital(person.role());
        default -> throw new IllegalArgumentException("unknown form " + name);
      };
    }
    return switch (name) {
      case "c", "c2", "carer", "other", "net", "net2", "mum", "dad" -> person(name).name();
      case "kids" -> cast.childNames();
      case "kidsare" -> cast.childNames() + (cast.children().size() == 1 ? " is" : " are");
      case "sw" -> cast.workerFirst();
      case "swfull" -> cast.worker().name();
      case "manager" -> cast.manager().name();
      case "agency" -> cast.agency();
      case "town" -> cast.town();
      case "school" -> cast.school();
      case "teacher" -> cast.teacher();
      case "hv" -> cast.healthVisitor();
      case "home" -> home;
      case "worried" -> worried();
      case "date", "date2", "date3" -> date(cast.reportDate().minusDays(3 + random.nextInt(200)));
      case "deadline" -> date(lastDeadline = cast.reportDate().plusDays(3 + random.nextInt(40)));
      case "deadline2" -> date(lastDeadline = lastDeadline.plusDays(3 + random.nextInt(12)));
      case "month", "month2" -> MONTHS[cast.reportDate().minusDays(20 + random.nextInt(200)).getMonthValue() - 1];
      case "day" -> DAYS[lastDay = random.nextInt(DAYS.length)];
      case "day2" -> DAYS[lastDay = (lastDay + 1 + random.nextInt(DAYS.length - 1)) % DAYS.length];
      case "time" -> pick(new String[] {"9.30pm", "11pm", "7.45am", "about 2am", "10.15pm", "half past midnight", "4pm", "6.20am"});
      case "n" -> pick(new String[] {"two", "three", "four", "five", "six", "seven", "eight", "nine", "10", "12"});
      case "weeks" -> pick(new String[] {"six weeks", "two months", "three months", "eight weeks", "ten weeks", "four months"});
      case "period" -> pick(new String[] {"six months", "three months", "nine months", "twelve months"});
      case "hours" -> pick(new String[] {"two hours", "about an hour", "three hours", "most of the evening", "forty minutes"});
      case "drink" -> pick(new String[] {"most of a bottle of vodka", "eight cans of lager", "two bottles of wine",
          "half a bottle of rum", "a litre of cider"});
      case "drug" -> drug;
      case "place" -> pick(new String[] {"the pub", "the shop", "a friend's flat", "the bookies", "a party",
          "the town centre", "the retail park"});
      case "street" -> pick(new String[] {"Fenwick", "Alder", "Quarry", "Chapel", "Mill", "Beacon", "Tanner", "Rook"})
          + " " + pick(new String[] {"Road", "Street", "Lane", "Close", "Avenue"});
      case "bedtime" -> pick(new String[] {"8pm", "8.30pm", "9pm", "7.30pm"});
      case "curfew" -> pick(new String[] {"9pm", "10pm", "9.30pm"});
      case "service" -> pick(new String[] {"the drug and alcohol service", "the parenting course",
          "the domestic abuse programme", "the family support worker", "CGL", "the Freedom Programme",
          "the mental health team"});
      case "nominal" -> fill(theme.nominal);
      case "category" -> theme.category;
      case "year" -> Integer.toString(cast.reportDate().getYear() - 1 - random.nextInt(6));
      case "pct" -> Integer.toString(68 + random.nextInt(25));
      default -> throw new IllegalArgumentException("unknown slot {" + name + "}");
    };
  }

  private Cast.Person person(String name) {
    return switch (name) {
      case "c" -> child;
      case "c2" -> child2 != null ? child2 : child;
      case "carer" -> carer;
      case "other" -> other;
      case "net" -> cast.network();
      case "net2" -> cast.network2();
      case "mum" -> cast.mum();
      case "dad" -> cast.dad();
      default -> throw new IllegalArgumentException("unknown person " + name);
    };
  }

  /** Who is worried, with its verb: named people and agencies, as the guidance asks. */
  private String worried() {
    return fill(pick(new String[] {
        "{sw} at {agency} is",
        "{sw} at {agency} and {teacher} are",
        "{sw}, {teacher} and {net} are",
        "{sw} at {agency}, the police and {net} are",
        "{sw} and {other} are",
        "We at {agency} are",
        "{hv} (health visitor) and {sw} are",
        "{agency}, {c}'s school and the police are"}));
  }

  private String date(LocalDate date) {
    if (shortDates) {
      return String.format(Locale.ROOT, "%02d/%02d/%02d", date.getDayOfMonth(), date.getMonthValue(), date.getYear() % 100);
    }
    return date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1] + (random.nextInt(3) == 0 ? " " + date.getYear() : "");
  }

  /** A date in the report's own format, for headers. */
  String reportDate() {
    LocalDate date = cast.reportDate();
    return shortDates ? String.format(Locale.ROOT, "%02d/%02d/%04d", date.getDayOfMonth(), date.getMonthValue(), date.getYear())
        : date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
  }

  String pick(String[] options) {
    return pick(List.of(options));
  }

  /** A template not yet used in this report when there is one (a few tries), so reports do not repeat themselves. */
  private String pick(List<String> options) {
    List<String> fresh = options.stream().filter(o -> !used.contains(o)).toList();
    String choice = fresh.isEmpty() ? options.get(random.nextInt(options.size())) : fresh.get(random.nextInt(fresh.size()));
    used.add(choice);
    return choice;
  }

  private static String capital(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }

  // ---------------------------------------------------------------- well-written statements

  private static final List<String> HARM_GOOD = List.of(
      "{teacher} told {sw} on {date} that {c} arrived at school {hungry|very tired|crying} and said {c.he} had not {had any tea|slept|had breakfast} because of what happened at home the night before.",
      "On {date} {net} found {c} ({c.age}) at {net.his} door at {time}, in {c.his} pyjamas. {c} said {c.he} \"didn't want to be at home\". {net} rang {other}, who did not answer until the morning.",
      "{c} has missed {n} days of school since {month}. On the days {c} was in, {teacher} noticed {c.he} was withdrawn and did not want to go out at playtime.",
      "On {date} the police were called to the {home} at {time}. Officers found {c} awake and upset in the living room; {c.he} told them {c.he} had \"heard banging\". {carer} was asked to leave for the night.",
      "{hv} saw {c} on {date} and {date2}. Both times {c.he} had a nappy rash that had not been treated, and {c.his} weight had fallen from the 50th to the 25th centile.",
      "{c} told {sw} on {date} that {c.he} {gets {c.his} own breakfast|looks after {c.his} brother and sister|stays in {c.his} room} \"most days\". {c} said this makes {c.him} feel \"tired and a bit scared\".",
      "On {date} {c} told {teacher} that {carer} had locked {c.him} in {c.his} bedroom for the evening as a punishment. {c} said {c.he} had to wee in a bucket.",
      "Between {month} and {month2}, {c} went to A&E {n} times: twice with burns from the kettle and once after falling down the stairs. The hospital doctor said each injury could have been prevented if an adult had been watching.");

  private static final List<String> SAFETY_GOOD = List.of(
      "Since {date}, {net} has phoned {mum} every evening at 7pm, and on the {n} nights {mum} did not answer {net} went round; {net} and {c} both told {sw} this.",
      "For the last {weeks}, {c} has gone to breakfast club every school day, which {mum} set up; {teacher} confirmed {c.he} has not missed a day.",
      "On the {n} occasions since {month} when things got difficult at home, {other} took the children to {net}'s straight away and rang {sw} the next morning; {net} confirmed each one.",
      "Since {date}, {net2} has stayed over every {day} night, and {c} told {sw}, \"It's calm when {net2} is here.\"");

  private static final List<String> GOAL_GOOD = List.of(
      "For the next {period}, {c} will be looked after every day by an adult who is calm, sober and awake, and {net} and {net2} will know the safety plan and step in whenever they are needed. {c} will be able to tell {teacher} who {c.he} can go to.",
      "For at least {period}, {mum} and {dad} will keep to the safety plan they wrote with {net} and {sw}, and {sw} will see it working on visits, some of them unannounced. {c} will say {c.he} feels safe at home.",
      "For the next {period}, {c} will go to school every day, well fed and rested, and {teacher} and {net} will know who to call if that changes.");

  private static final String[] COMPLICATING_GOOD = {
      "{carer} lost {carer.his} job in {month} and the family are £{400|650|1,200} behind on the {electricity|rent|council tax}.",
      "The family live in a two-bedroom {home} with damp in the children's room; the repair has been waiting since {month}.",
      "{carer}'s own {mum|dad} died when {carer.he} was {12|14|nine}, and {carer.he} grew up with foster carers. {carer.He} said, \"Nobody showed me how to do this.\"",
      "{sw} is the family's third social worker since {month}, and {mum} said {mum.he} is tired of telling {mum.his} story again.",
      "The {alcohol service|drug service|counselling service|domestic abuse service} has a {ten|twelve|six}-week waiting list.",
      "{carer} and {other} do not agree about how bad {nominal} has been. {carer} says \"once a month at most\"; {other} says most weekends.",
      "{mum} speaks some English but told {sw} {mum.he} does not understand letters from the hospital, which have only ever been sent in English.",
      "{dad} works nights {three|four|five} times a week, so {mum} is often the only adult at home in the evenings.",
      "The police investigation into what happened on {date} is still open, and {carer} said the wait makes {carer.him} more anxious.",
      "{mum} has no family nearby; {net} lives {40 minutes away by bus|in the next town|on the other side of {town}} and does not drive.",
      "{c} has autism and finds changes to {c.his} routine very hard, which makes mornings difficult for everyone.",
      "{carer} has a court hearing about {carer.his} {driving|benefits|tenancy} on {deadline} and said {carer.he} cannot think about anything else.",
      "{carer} does not agree that {nominal} is a problem, and says {sw} only sees the bad days."};

  private static final String[] STRENGTH_GOOD = {
      "{mum} walks {c} to school every morning and is known by the staff as a warm, chatty mum.",
      "{c} is doing well at {school}, reads above {c.his} age, and {teacher} describes {c.him} as \"the first to help anyone who is upset\".",
      "{net} lives {two streets away|on the same estate|five minutes' walk away} and has the children for tea every {day} and {day2}.",
      "{mum} and {dad} have come to every meeting since {month} and answered all the questions put to them.",
      "{c} loves {football|dancing|drawing|swimming|Lego|baking with {net}} and goes every {day}.",
      "{c} is growing well, and {hv} has no worries about {c.his} development.",
      "{carer} has been honest with {sw} about what happened and has met {sw} every week since {month}.",
      "{c} has a close friend at school and plays {football|netball|chess} every {day}; the friend's {mum|dad} is the coach.",
      "{net} and {net2} both came to the mapping meeting on {date} and want to help.",
      "{mum} keeps a calendar of the children's appointments on the fridge and showed it to {sw}.",
      "{dad} cooks tea for the children on {day}s and {c} said it is \"the best bit of the week\".",
      "{c} has a good relationship with {teacher} and goes to see {teacher} when {c.he} feels worried.",
      "{mum} asked for help {mum.himself} by ringing {agency} on {date}."};

  private static final String[] STEP_GOOD = {
      "{sw} will meet {mum}, {net} and {net2} on {deadline} to write the safety plan.",
      "{teacher} will tell {sw} by {deadline} if {c} is late or absent without a reason.",
      "{mum} will ring {net} by {deadline} to ask {net.him} to come to the next meeting.",
      "{sw} will spend time with {c} on {deadline}, using the three houses, to hear {c.his} worries and wishes.",
      "{hv} will visit on {deadline} to weigh {c} and talk to {mum} about the bedtime routine.",
      "{sw} will write to {mum} and {dad} by {deadline} with a copy of this map, in plain words.",
      "We will all meet again on {deadline} to look at the map and the safety plan.",
      "{dad} will tell {sw} by {deadline} which evenings {dad.he} is working, so the plan covers them.",
      "{net2} will take {c} to {c.his} club every {day} from {deadline}.",
      "{sw} will check with the housing officer by {deadline} when the damp in the children's room will be fixed."};

  private static final String[] BACKGROUND_GOOD = {
      "{mum} and {dad} have been together for {n} years and live in a rented {home} in {town}.",
      "{c} is {c.age} and goes to {school}, where {c.he} is in the same class as {c.his} best friend.",
      "{mum} grew up in {town} and has {two|three|four} brothers; {mum.he} sees one of them regularly.",
      "The family moved to {town} in {year} after {dad} found work at a warehouse.",
      "{net} ({net.role}) has been a steady person in the children's lives since they were born.",
      "{c} was born at {town} Hospital, a few weeks early, and spent {n} days in special care.",
      "{dad} has {a son|two daughters} from an earlier relationship whom {dad.he} sees every other weekend.",
      "The children have not had a social worker before; {agency} first heard about the family on {date}.",
      "{mum} works part time at a {café|supermarket|care home} on {day}s and {day2}s.",
      "{c} has asthma and uses an inhaler, which {c.he} keeps in {c.his} school bag."};

  private static final String[] REFERRAL_GOOD = {
      "On {date} the police sent a notification after they were called to the {home} at {time} by a neighbour who heard shouting. {c} was in the {home} at the time.",
      "{teacher} rang on {date} because {c} said {c.he} was hungry and had not had tea the night before.",
      "{hv} referred the family on {date} after {c} was not brought to {n} health checks and {c.his} weight had dropped.",
      "{mum} rang {agency} {mum.himself} on {date} and said {mum.he} was struggling to cope with {c}'s behaviour and {mum.his} own low mood.",
      "An anonymous caller said on {date} that the children are often left alone in the {home} in the evenings.",
      "{c}'s nursery rang on {date} because {c} had a bruise on {c.his} cheek and said \"{carer.role} did it\".",
      "The ambulance service referred the family on {date} after they were called to {mum}, who had taken too many tablets; {c} opened the door to the crew.",
      "{net} rang on {date}, worried that {carer} was {drinking every day|using drugs again|not feeding the children properly}, and asked that {net.his} name be kept out of it.",
      "The school nurse referred {c} on {date} after {c.he} told her {c.he} had been sleeping in {c.his} clothes because there was no clean bedding.",
      "The police raised a notification on {date} after {c} was found in {town} town centre at {time}; {carer} had not known where {c.he} was."};

  private static final String[] AGENCY_GOOD = {
      "**Police:** {n} call-outs to the address since {year}, the latest on {date}, when {dad} was arrested and released without charge.",
      "**Health:** {hv} (health visitor) last saw {c} on {date}; {c.his} weight has dropped from the 50th to the 25th centile.",
      "**Education:** {c}'s attendance at {school} is {pct}% this year. {teacher} says {c.he} is often tired and hungry on Mondays.",
      "**GP:** {mum} is prescribed antidepressants and last saw the GP on {date}.",
      "**Children's social care history:** {agency} helped the family with a plan in {year}, which ended when things improved.",
      "**Housing:** the family are in rent arrears and received a notice on {date}.",
      "**Probation:** {dad} finished a community order in {year}; the probation officer has no current involvement.",
      "**Nursery:** {c} attends {day} to {day2} mornings; staff say {c.he} is often collected late and has been hungry at snack time.",
      "**School nurse:** saw {c} on {date} about bedwetting and noted {c.he} seemed anxious about going home.",
      "**CAMHS:** {c} was referred in {month}; {c.he} is on the waiting list, expected wait {n} months.",
      "**Adult mental health:** {mum} was seen by the crisis team on {date} and discharged to the GP the next day.",
      "**Drug and alcohol service:** {carer} was referred in {year} and went to two appointments; the case was closed in {month}.",
      "**Early help:** the family hub worked with {mum} on routines in {year} for {n} months and closed when school attendance improved.",
      "**Dentist:** {c} has had {n} teeth taken out; the dentist has written to {mum} about brushing and sugary drinks.",
      "**Police (domestic abuse):** the last risk assessment, on {date}, was {standard|medium|high} risk; {mum} did not want to make a statement.",
      "**Children's social care history:** a single assessment in {year} ended with advice only; the worry then was {nominal}.",
      "**Ambulance service:** attended the address on {date} for {c}, who had a head injury after a fall; {c.he} was taken to {town} Hospital."};

  private static final String[] CHRONOLOGY = {
      "police called to the address after a neighbour heard shouting; {dad} had left before they arrived.",
      "{teacher} rang {agency} because {c} came to school with a bruise on {c.his} cheek.",
      "{c} was not brought to {c.his} health check; {hv} wrote to {mum} with a new date.",
      "{mum} went to A&E with a cut hand and said {mum.he} had fallen.",
      "{c} was missing from home overnight and was found by the police at {time}.",
      "housing officer visited and saw damp in the children's bedroom.",
      "{net} rang the police after {dad} arrived at the {home} drunk.",
      "{agency} closed its work with the family after {n} months of help.",
      "{mum} told {c.his} GP {mum.he} was struggling with low mood.",
      "school noted that {c} had missed {n} days since the start of term.",
      "{c} seen by the school nurse; {c.he} said {c.he} was worried about {c.his} mum.",
      "{carer} arrested for drink driving; released on bail.",
      "the family moved to a new {home} in {town} after rent arrears.",
      "{net} rang {agency} worried about {nominal}.",
      "{mum} booked an appointment with the GP and went.",
      "{c} started at a new school after being bullied.",
      "{dad} moved out after an argument; moved back in {n} weeks later.",
      "{c} taken to A&E with a burn on {c.his} hand; discharged the same day.",
      "the health visitor saw {c} at home; {c.his} weight was on the 9th centile.",
      "neighbour rang the police about shouting at {time}; officers spoke to {mum}, who said everything was fine.",
      "child protection plan ended; family stepped down to early help.",
      "{c} told {teacher} that {carer} had been \"really angry\" at the weekend."};

  private static final String[] ANALYSIS_GOOD = {
      "In my view the risk to {c} is highest in the evenings, when {carer} has been drinking and is the only adult at home.",
      "{carer} has shown over the last {weeks} that {carer.he} can ask for help, which gives me hope that a safety plan could work.",
      "The main worry is not one incident but how often {nominal} happens and how {c} is left to cope with it.",
      "{mum} and {dad} agree that {c} has been frightened, but they do not agree about why; this needs to be part of the plan.",
      "I think {c} needs an adult outside the home {c.he} can talk to, because {c.he} told me {c.he} keeps things to {c.himself}.",
      "The family have people around them who want to help, especially {net}, and the plan should be built around them.",
      "What I saw at the visit on {date} matches what the school has told us."};

  private static final String[] VOICE_GOOD = {
      "{c} told {sw}, \"I like it when we all have tea together.\"",
      "{c} drew {c.his} house with a big sun and said the best thing at home is {net} coming round.",
      "{c} said the worst thing is \"when I don't know who's picking me up\".",
      "{c} said {c.he} would like to see {c.his} {dad|gran|cousins} more.",
      "{c} did not want to talk about home but was happy to show {sw} {c.his} drawings."};

  private static final String[] PARENTS_GOOD = {
      "{mum} said {mum.he} wants the children to be happy and knows things have to change.",
      "{dad} said {dad.he} does not think things are as bad as the report says, but {dad.he} will work on the plan.",
      "{mum} said, \"I'm not hiding anything. I just want help with the mornings.\"",
      "{dad} said he was sorry {c} had seen what happened and that he wants to be a better dad."};

  private static final String[] DECISION_GOOD = {
      "{sw} will start a child and family assessment with the family by {deadline}.",
      "{kids} will be subject to a child protection plan, which will be reviewed on {deadline}.",
      "{manager} agreed that {sw} will visit the family within 24 hours and see each child on their own.",
      "The family will be offered help from the family hub, and {sw} will tell {mum} about it by {deadline}."};

  private static final String[] SCALE_REASONS = {
      ". {carer} has rung {net} every time, but the plan is new",
      ", because {c} is still tired on some mornings",
      ". Things are calmer since {month}",
      ", because the plan has only been running for {weeks}"};

  private static final String[] RUN_ON = {
      "{carer} told {sw} that things had been hard since {month}",
      "{carer.he} had been drinking more in the evenings",
      "{net} had been helping out when {net.he} could",
      "{net.he} was not always around because of {net.his} own health",
      "{c} had been coming to school late and tired",
      "the school had rung {carer} about this on {n} occasions",
      "{carer} said {carer.he} did not see what the problem was",
      "{other} was working long shifts",
      "the children were often left with whoever was around",
      "there had been arguments about money"};

  private static final Set<Kind> RUN_ON_KINDS =
      Set.of(Kind.HARM, Kind.COMPLICATING, Kind.BACKGROUND, Kind.ANALYSIS, Kind.REFERRAL, Kind.PARENTS);

  private static final String[] JOINS = {" and ", ", and ", " and also ", ", which meant that ", " but ", " and then "};

  // ---------------------------------------------------------------- statements with problems

  private static final List<String> HARM_POOR = List.of(
      "{c} has experienced {category} and emotional abuse.",
      "{c} witnessed DV on {date}.",
      "There are historic concerns re neglect and {category}.",
      "{carer} is an alcoholic and {c} has been exposed to this for years.",
      "{c} could be hurt if {carer} carries on {drinking|using drugs|shouting}.",
      "{c} presents as unkempt and hungry and {c.his} lived experience is poor.",
      "{c} has been exposed to domestic abuse and parental substance misuse.");

  private static final List<String> DANGER_POOR = List.of(
      "There are concerns that {nominal} will impact on the children.",
      "It is felt that {c} is at risk of significant harm.",
      "{worried} worried that {carer} will keep {drinking|using drugs|arguing with {other}}.",
      "{agency} {is|are} worried about DV and neglect.",
      "We are worried that {carer} is controlling and {other} is in denial.",
      "There are ongoing safeguarding concerns re {category} and the impact on {c}.");

  private static final List<String> COMPLICATING_POOR = List.of(
      "{carer} is hostile to professionals and has been non-compliant with the CIN plan.",
      "The family are chaotic and hard to reach.",
      "{carer} lacks insight into the impact on {c} and minimises the concerns.",
      "{carer} is very controlling and {other} is in denial about the impact on {c}.",
      "{mum} has a history of DV relationships and is vulnerable.",
      "{carer} is uncooperative and was aggressive towards the SW at the last core group.",
      "{mum} said, \"Everyone says I'm in denial, but I just don't think it's that bad.\"");

  private static final List<String> STRENGTH_POOR = List.of(
      "{carer} is engaging well with services.",
      "{c} presents as a happy child despite the chaotic home life.",
      "Protective factors include {net} and the school.",
      "{mum} is compliant with the CIN plan.",
      "{c} is a resilient child who has good attachment to {mum}.");

  private static final List<String> SAFETY_POOR = List.of(
      "{carer} loves the children and would never let anything happen to them.",
      "{carer} says {carer.he} will call the police if it happens again.",
      "{carer} has engaged with {service}.",
      "{carer} has agreed to work with professionals and is committed to change.",
      "{mum} says she will stop before the next review.",
      "{net} is a protective factor.");

  private static final List<String> GOAL_POOR = List.of(
      "{carer} will engage with services.",
      "{carer} will not drink or be violent.",
      "{carer} will attend a parenting course and engage with {service}.",
      "The risks to {c} will be reduced.",
      "{mum} will work openly and honestly with professionals.",
      "{carer} will stop using drugs.");

  private static final List<String> STEP_POOR = List.of(
      "Referral to {service} to be made.",
      "Core group to be arranged.",
      "{carer} to engage with {service}.",
      "Safety plan to be completed.",
      "SW to complete direct work with {c}.",
      "Strategy discussion to be convened if concerns escalate.",
      "{mum} to attend all appointments.");

  private static final List<String> ANALYSIS_POOR = List.of(
      "This is a chaotic family who are hard to reach.",
      "{carer} is in denial about {nominal} and lacks insight into the impact on {c}.",
      "It is felt that threshold is met for S47.",
      "The reality is that {carer} is an alcoholic and will not accept help until {carer.he} admits it.",
      "{carer} presents as evasive and uncooperative and has a history of disguised compliance.",
      "This is a classic toxic trio presentation (DV, substance misuse and mental health issues).",
      "Parenting capacity is poor and basic care is inadequate.",
      "{mum} has been disengaged from health services and there are ongoing concerns re home conditions.");

  private static final List<String> CHRONOLOGY_POOR = List.of(
      "{date}: DV incident. MOC intoxicated. NFA.",
      "{date}: {c} DNA dentist x2.",
      "{date}: school concerns re neglect. {c} unkempt.",
      "{date}: strategy discussion held; threshold not met for S47.");

  private static final List<String> QUOTED_LABELS = List.of(
      "{carer} said, \"I know I'm an alcoholic and I need help.\"",
      "{c} said, \"{carer.role} gets really angry and aggressive when {carer.he}'s had a drink.\"",
      "{carer} said, \"They all think I'm controlling, but I just worry about the kids.\"",
      "{mum} told {sw}, \"Last time they said I was non-compliant, but nobody told me what the plan was.\"");

  private static final List<String> DECISION_POOR = List.of(
      "Threshold met for S47. Strategy meeting to be convened within 24 hours.",
      "Case to be transferred to the Assessment Team for allocation.",
      "Consider ICPC following outcome of S47.",
      "If MOC does not comply, the children will be removed.",
      "Step down to EH. NFA for CSC.",
      "Any further non-engagement to be escalated to the Team Manager.");
}
