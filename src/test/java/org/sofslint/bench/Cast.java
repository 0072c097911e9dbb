package org.sofslint.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The invented people, places and dates of one synthetic report, drawn from a seeded random
 * source. Every name is a plain first name with an invented surname or place, so no family,
 * worker or service is real.
 */
record Cast(
    String surname,
    List<Person> children,
    Person mum,
    Person dad,
    Person network,
    Person network2,
    Person worker,
    Person manager,
    String teacher,
    String healthVisitor,
    String town,
    String school,
    LocalDate reportDate,
    List<Theme> themes) {

  /** One person in the report; {@code role} is how the family and the report name them. */
  record Person(String name, String role, boolean female, int age) {
    String he() {
      return female ? "she" : "he";
    }

    String his() {
      return female ? "her" : "his";
    }

    String him() {
      return female ? "her" : "him";
    }
  }

  Cast {
    children = List.copyOf(children);
    themes = List.copyOf(themes);
  }

  private static final String[] GIRLS = {
      "Ruby", "Maya", "Isla", "Nadia", "Ava", "Poppy", "Esme", "Lily", "Zara", "Amber", "Freya", "Layla",
      "Chloe", "Evie", "Jasmine", "Aaliyah", "Ellie", "Summer", "Mia", "Tilly", "Sienna", "Holly", "Niamh",
      "Leah", "Daisy", "Kacey", "Amira", "Orla", "Bethany", "Imani"};
  private static final String[] BOYS = {
      "Theo", "Kai", "Ollie", "Leo", "Sam", "Noah", "Mason", "Rory", "Jayden", "Finley", "Tyler", "Oskar",
      "Harvey", "Reuben", "Ethan", "Caleb", "Zain", "Louis", "Archie", "Riley", "Kian", "Dylan", "Toby",
      "Alfie", "Jamal", "Ryan", "Logan", "Hugo", "Lucas", "Elijah"};
  private static final String[] WOMEN = {
      "Kerry", "Gemma", "Stacey", "Hannah", "Leanne", "Shannon", "Jade", "Aisha", "Kirsty", "Natalie",
      "Danielle", "Sophie", "Carly", "Michelle", "Lauren", "Amy", "Rachel", "Tanya", "Priya", "Ewa",
      "Chantelle", "Louise", "Kelly", "Zoe", "Yasmin", "Joanne", "Marie", "Donna", "Sadia", "Becky"};
  private static final String[] MEN = {
      "Dean", "Ross", "Liam", "Carl", "Marcus", "Craig", "Jamie", "Darren", "Lee", "Wayne", "Kieran",
      "Callum", "Gareth", "Scott", "Ryan", "Adam", "Tom", "Danny", "Shane", "Mohammed", "Piotr", "Jason",
      "Neil", "Stuart", "Aaron", "Kyle", "Martin", "Andy", "Reece", "Imran"};
  private static final String[] ELDERS_F = {
      "Pauline", "Janice", "Sylvia", "Irene", "Brenda", "Maureen", "Denise", "Carol", "Linda", "Jean", "Sandra",
      "Elaine", "Margaret", "Shirley", "Valerie"};
  private static final String[] ELDERS_M = {
      "Clive", "Roy", "Keith", "Derek", "Trevor", "Malcolm", "Graham", "Barry", "Colin", "Alan"};
  private static final String[] SURNAMES = {
      "Ashworth", "Carver", "Staines", "Greaves", "Whitlock", "Pryce", "Kettering", "Marsden", "Holloway",
      "Brennan", "Fairclough", "Okafor", "Nowak", "Rahman", "Tindall", "Pennock", "Dunmore", "Hartfield",
      "Crowther", "Ellwood", "Garside", "Lumley", "Merriman", "Pickersgill", "Rowntree", "Sowerby",
      "Thwaite", "Urquhart", "Wainwright", "Yardley", "Abara", "Kowalczyk", "Mensah", "Chaudhry", "Lindqvist"};
  private static final String[] WORKERS = {
      "Priya Lal", "Jo Farrant", "Simon Eddleston", "Deborah Eke", "Lauren Pike", "Femi Adeyemi", "Tom Hollis",
      "Ruth Mabbott", "Anil Desai", "Claire Stroud", "Owen Pritchard", "Bethan Lloyd", "Marta Zielinska",
      "Grace Nwosu", "Hamid Qureshi", "Sarah Kenning", "Ellen Brightwell", "Rob Castleton", "Nia Hughes",
      "Fiona Blake"};
  private static final String[] STAFF_SURNAMES = {
      "Hussain", "Daniels", "Ogundipe", "Walsh", "Adewale", "Rees", "Patel", "Quinlan", "Harcourt", "Bellamy",
      "Osei", "Fernside", "Marlow", "Kingsley", "Tennant", "Varga", "Hale", "Beecham", "Sutcliffe", "Naylor"};
  private static final String[] TOWNS = {
      "Eldenfield", "Marshcombe", "Copperbeck", "Wyndleigh", "Brackenhurst", "Glenmoor", "Saltmere", "Harbrook",
      "Eastcote", "Oakridge", "Westmoor", "Fennick Vale", "Ashby Wold", "Larkmoor", "Stonebeck", "Hollowmere",
      "Kestrel Bay", "Northcliffe", "Redfern", "Tamsford"};
  private static final String[] SCHOOL_NAMES = {
      "Brook Lane", "St Aidan's", "Hillside", "Meadowbank", "Oak Tree", "Riverside", "Greenacre", "Holy Trinity",
      "Fernhill", "Park View", "Castle Hill", "Willowbrook"};

  static Cast draw(Random random) {
    String surname = pick(random, SURNAMES);
    int count = random.nextInt(10) < 4 ? 1 : random.nextInt(10) < 7 ? 2 : 3;
    List<Person> children = new ArrayList<>();
    List<String> used = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      boolean girl = random.nextBoolean();
      String name;
      do {
        name = pick(random, girl ? GIRLS : BOYS);
      } while (used.contains(name));
      used.add(name);
      children.add(new Person(name, girl ? "daughter" : "son", girl, random.nextInt(16) + (i == 0 ? 1 : 0)));
    }
    children.sort((a, b) -> Integer.compare(b.age(), a.age()));
    Person mum = new Person(pick(random, WOMEN), "Mum", true, 22 + random.nextInt(20));
    String dadRole = switch (random.nextInt(5)) {
      case 0 -> "stepdad";
      case 1 -> "Mum's partner";
      default -> "Dad";
    };
    Person dad = new Person(pick(random, MEN), dadRole, false, 24 + random.nextInt(22));
    Person network = elder(random, true);
    Person network2;
    do {
      network2 = elder(random, false);
    } while (network2.name().equals(network.name()));
    String worker = pick(random, WORKERS);
    String manager;
    do {
      manager = pick(random, WORKERS);
    } while (manager.equals(worker));
    String teacher = (random.nextBoolean() ? "Mrs " : random.nextBoolean() ? "Mr " : "Ms ") + pick(random, STAFF_SURNAMES);
    String healthVisitor = pick(random, WOMEN) + " " + pick(random, STAFF_SURNAMES);
    String town = pick(random, TOWNS);
    String school = pick(random, SCHOOL_NAMES) + (children.get(0).age() >= 11 ? " Academy" : " Primary");
    LocalDate date = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(640));
    List<Theme> themes = new ArrayList<>();
    int worries = random.nextInt(10) < 2 ? 1 : random.nextInt(10) < 7 ? 2 : 3;
    while (themes.size() < worries) {
      Theme theme = Theme.values()[random.nextInt(Theme.values().length)];
      if (!themes.contains(theme) && theme.fits(children)) {
        themes.add(theme);
      }
    }
    return new Cast(surname, children, mum, dad, network, network2,
        new Person(worker, "social worker", random.nextBoolean(), 0),
        new Person(manager, "team manager", random.nextBoolean(), 0),
        teacher, healthVisitor, town, school, date, themes);
  }

  private static Person elder(Random random, boolean first) {
    int kind = random.nextInt(first ? 4 : 7);
    return switch (kind) {
      case 0 -> new Person(pick(random, ELDERS_F), "Gran", true, 60);
      case 1 -> new Person(pick(random, ELDERS_F), "Nan", true, 60);
      case 2 -> new Person(pick(random, ELDERS_M), "Grandad", false, 62);
      case 3 -> new Person(pick(random, WOMEN), "aunt", true, 35);
      case 4 -> new Person(pick(random, MEN), "uncle", false, 38);
      case 5 -> new Person(pick(random, WOMEN), "family friend", true, 40);
      default -> new Person(pick(random, ELDERS_F), "neighbour", true, 58);
    };
  }

  static String pick(Random random, String[] options) {
    return options[random.nextInt(options.length)];
  }

  String workerFirst() {
    return worker.name().substring(0, worker.name().indexOf(' '));
  }

  String agency() {
    return town + " Children's Services";
  }

  /** "Ruby", "Ruby and Theo", "Ruby, Theo and Kai". */
  String childNames() {
    List<String> names = children.stream().map(Person::name).toList();
    if (names.size() == 1) {
      return names.get(0);
    }
    return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
  }

  Person youngest() {
    return children.get(children.size() - 1);
  }
}
