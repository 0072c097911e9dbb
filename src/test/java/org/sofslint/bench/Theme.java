package org.sofslint.bench;

import java.util.List;

/**
 * One worry a synthetic family can have, with well-written statements of each Signs of Safety
 * kind about it. Templates use {@code {a|b}} for a choice and {@code {slot}} for the report's
 * people, dates and places (see {@link Phrases}); {@code carer} is the adult whose behaviour
 * the worry is about, {@code other} the other parent, {@code net} a member of the safety network.
 */
enum Theme {
  DRINKING(Carer.EITHER, 0, 17, "the drinking", "alcohol misuse",
      new String[] {
          "On {date}, at about {time}, a neighbour found {c} ({c.age}) alone on the {stairs|landing|street} outside the {home} in {c.his} pyjamas. The neighbour could not wake {carer} and rang the police. {carer} told the police {carer.he} had drunk {drink}. {c} was cold and crying but not hurt.",
          "On {date} {carer} was too drunk to collect {c} from {school}, and {teacher} waited with {c.him} until {net} came at {time}. {c} told {teacher} {c.he} was \"{scared|worried|sad} that {carer.role} was poorly again\".",
          "{c} told {sw} that on \"{lots of|most|some}\" nights {c.he} makes {c.his} own tea because {carer.role} is asleep on the sofa. {teacher} said {c} has fallen asleep in class on {n} mornings since {month}.",
          "On {date} {carer} drove {c} to {place} after drinking {drink}. The police stopped the car and {carer} was over the limit. {c} was in the back without a car seat and was frightened by the police lights.",
          "During the home visit on {date}, {carer} was slurring {carer.his} words at {time} and could not tell {sw} when {c} had last eaten. There was no food in the fridge and {c} said {c.he} was hungry."},
      new String[] {
          "{carer} keeps drinking until {carer.he} falls asleep when {carer.he} is the only adult at home",
          "{carer} carries on drinking in the evenings and cannot wake up when {c} needs {carer.him}",
          "{carer} keeps drinking {drink} while {carer.he} is looking after the children",
          "{carer} drives the children after {carer.he} has been drinking"},
      new String[] {
          "{c} could get out of the {home} at night and be badly hurt",
          "{c} will keep feeling {c.he} has to look after {c.himself} and may be too tired and worried to learn",
          "{c} could be hurt or killed in a crash",
          "{c} might go hungry and not have anyone awake to help {c.him} if {c.he} is ill or frightened"},
      new String[] {
          "On {date} {carer} was drunk while looking after {c} and the police were called.",
          "{carer} was found asleep on the sofa on {date} after drinking {drink}, with {c} still awake at midnight.",
          "Last {day} {carer} drank {drink} and did not collect {c} from school."},
      new String[] {
          "Since {date}, on each of the {n} evenings when {carer} felt like drinking, {carer.he} rang {net} before 6pm and {net} came and stayed the night. {net} and {c} both told {sw} this.",
          "For the last {weeks}, {other} has stayed home every {day} and {day2} night, which are the nights {carer} drinks most, so there is always a sober adult with {c}. {net} has visited on those nights and confirmed it.",
          "Since {date} {carer} has handed the car keys to {net} every weekend, and has not driven the children after drinking; {net}, {other} and {c} each told {sw} the same.",
          "On {n} occasions since {month}, when {carer} had been drinking, {other} took the children to {net}'s house for the night, and {net} rang {sw} the next morning each time."},
      new String[] {
          "For the next {period}, {c} will always have a sober adult looking after {c.him}, day and night. {net} and {other} will know the plan and step in whenever {carer} has been drinking, whatever is going on in {carer.his} life. {c} will be able to tell {teacher} who puts {c.him} to bed.",
          "For at least {period}, {carer} will have a written plan for evenings when {carer.he} wants to drink, in which {net} or another adult from the safety network comes round, so that {c} has tea and goes to bed on time. {sw} will check the plan with {c} every month.",
          "For the next {period}, whenever {c} is in a car, the driver will be an adult who has not been drinking, and {net} will keep the spare keys. {c} will be able to say who is driving {c.him} and who {c.he} can ring if {c.he} is worried."},
      new String[] {
          "{carer} will ring the alcohol service on {deadline} to book a first appointment, and tell {sw} the date by {deadline2}.",
          "{sw} will meet {carer}, {net} and {other} on {deadline} to write the evening plan together.",
          "{net} will keep a note of the evenings {carer.he} stays over and bring it to the review on {deadline}."},
      new String[] {
          "{c} said, \"I don't like it when {carer.role} goes all floppy and won't wake up.\"",
          "{c} told {sw}, \"It's better when {net} comes round, because {net.he} makes proper tea.\""}),

  DRUGS(Carer.EITHER, 0, 17, "the drug use", "substance misuse",
      new String[] {
          "On {date} the police searched the {home} and found {drug} and a set of scales on the kitchen table, within reach of {c} ({c.age}). {carer} told the police the {drug} belonged to {carer.him}.",
          "On {date} {carer} had taken {drug} and fell asleep while {carer.he} was the only adult with {c}. {c} was found by {net} at {time}, hungry and in a wet nappy.",
          "{c} told {teacher} on {date} that {carer.role}'s friends come round late at night and \"smoke stuff that smells\". {c} has been late for school {n} times since {month} because {c.he} has not slept.",
          "On {date} {carer} came to collect {c} from {school} and staff saw that {carer.he} could not stand steadily. {teacher} kept {c} at school until {other} arrived an hour later."},
      new String[] {
          "{carer} keeps using {drug} while {carer.he} is looking after the children",
          "{carer} keeps inviting friends to the {home} at night to take drugs",
          "{carer} carries on taking {drug} and falls asleep when {carer.he} is the only adult with {c}"},
      new String[] {
          "{c} could find and swallow drugs left in the {home} and become seriously ill",
          "{c} might be left without an adult awake to feed {c.him} and keep {c.him} safe",
          "{c} will keep losing sleep, miss school and feel frightened in {c.his} own home"},
      new String[] {
          "{carer} was using {drug} on {date} when the police attended and drugs were found in the kitchen.",
          "On {date} {carer} was under the influence of {drug} when {carer.he} collected {c} from school."},
      new String[] {
          "Since {date}, {carer} has kept no drugs in the {home}; {carer.he} has had {n} clear drug tests in a row at the {town} recovery service, which the recovery worker confirmed to {sw}.",
          "For the last {weeks}, on every night {carer} went out to use, {carer.he} slept at {net}'s flat and only came home the next afternoon after {net} had seen that {carer.he} was sober. {other} and {net} both told {sw} this.",
          "Since {month} {other} has checked the {home} every evening before bed, and on {n} occasions asked {carer}'s friends to leave; {c} told {sw}, \"Nobody comes round at night now.\""},
      new String[] {
          "For the next {period}, {c} will live in a home where there are no drugs, and {carer} will only look after {c} when {carer.he} has not used. {net} and {other} will know the signs and take over straight away when {carer} has used, and {c} will be able to name the adult {c.he} can go to.",
          "For at least {period}, {c} will be asleep by {bedtime} in a quiet house with no visitors at night, and {other}, {carer} and {net} will have an agreed plan for what happens when friends turn up. {sw} will check the plan with {c} each month."},
      new String[] {
          "{carer} will go to {carer.his} first appointment at the {town} recovery service on {deadline} and tell {sw} how it went by {deadline2}.",
          "{sw} will meet {other} and {net} on {deadline} to agree who takes over when {carer} has used."},
      new String[] {
          "{c} said, \"When the men come round I go in my room and put my headphones on.\""}),

  FIGHTING(Carer.DAD, 0, 17, "the arguments at home", "DV",
      new String[] {
          "On {date} {carer} pushed {other} into the kitchen door while {other.he} was holding {c} ({c.age}). {c} banged {c.his} head and had a red mark above {c.his} eye. {c2} rang 999.",
          "On {date} {carer} threw a mug during an argument with {other}. It smashed against the wall about a metre from {c}. {c} hid under {c.his} bed. {carer} said the mug \"slipped\" and does not agree that {carer.he} threw it.",
          "The police were called to the {home} on {date} after a neighbour heard shouting and a child crying. {other} had a cut lip. {c} told the officer {c.he} had seen {carer} \"grab Mum by the neck\".",
          "{c} told {teacher} on {date} that {c.he} \"can't sleep because of the shouting\" and that {c.he} keeps {c.his} shoes on at night \"in case we have to go\"."},
      new String[] {
          "{carer} keeps pushing and shouting at {other} when {carer.he} is angry",
          "{carer} and {other} keep arguing and {carer} keeps throwing things while the children are in the room",
          "{carer} keeps hurting {other} in front of the children"},
      new String[] {
          "{c} could be hit or knocked over and badly hurt",
          "{c} will go on feeling frightened in {c.his} own home and may start to think the fighting is {c.his} fault",
          "{c} will keep missing lessons because {c.he} feels {c.he} has to protect {c.his} mum"},
      new String[] {
          "On {date} {carer} assaulted {other} in front of {c} and the police attended.",
          "{carer} threw a glass at {other} on {date} and {c} saw it happen."},
      new String[] {
          "Since {date}, {carer} has gone to {net}'s house on {n} occasions when an argument was starting, instead of staying and shouting. {c} said, \"{carer.role} goes for a walk now.\"",
          "For the last {weeks}, {other} and {carer} have waited until the children were asleep to talk about money, and on {n} occasions when {carer} got angry {other} took the children to {net}'s. {net} and {c} both told {sw} this.",
          "Since {month} {carer} has not been to the {home} without {other} knowing first, and {other} has rung the police once, on {date}, when {carer} turned up drunk; the police confirmed the call."},
      new String[] {
          "For at least {period}, {carer} and {other} will sort out rows calmly and away from the children; {carer} will leave and go to {net}'s until they are both calm. {c} will say {c.he} feels safe at home, and {net} will check in with the family every week.",
          "For the next {period}, {c} will go to school on time every day and will tell {teacher} that {c.he} does not need to stay home to watch over {c.his} mum, and {net} will know the plan and be the person {other} rings when {carer} starts to get angry."},
      new String[] {
          "{sw} will meet {carer} on {deadline} to plan what {carer.he} does when {carer.he} gets angry.",
          "{other} will ring {net} on {deadline} to ask {net.him} to be part of the safety plan.",
          "{sw} will talk to {c} at school on {deadline} about who {c.he} can tell if the shouting starts again."},
      new String[] {
          "{c} said, \"When they shout I turn the telly up loud so I can't hear it.\"",
          "{c} told {sw}, \"Mum cries after and I make her a cup of tea.\""}),

  ALONE(Carer.MUM, 0, 11, "the children being left alone", "neglect",
      new String[] {
          "On {date} {carer} left {c} ({c.age}) alone in the {home} for about {hours} while {carer.he} went to {place}. {c} was found by a neighbour crying at the window. {c.He} was not hurt.",
          "On {date} {c} was found by a police officer on {street} at {time}, about half a mile from home, in {c.his} socks. {carer} had not noticed {c.he} had gone out.",
          "{c2} told {teacher} that {c2.he} looks after {c} \"most evenings\" when {carer} goes out, and that {c2.he} puts {c} to bed. {c2} is {c2.age}."},
      new String[] {
          "{carer} keeps leaving {c} at home without an adult",
          "{carer} keeps going out at night and leaving the children with {c2}",
          "{carer} does not keep an eye on where {c} is when they are outside"},
      new String[] {
          "{c} could get out of the {home} and be hit by a car",
          "{c} could be hurt in the {home} with no adult there to help {c.him}",
          "{c} will keep feeling that it is {c.his} job to look after the younger children"},
      new String[] {
          "On {date} {carer} left {c} home alone for {hours}.",
          "{c} was left with {c2} on {date} while {carer} went to the pub."},
      new String[] {
          "Since {date}, every time {carer} has gone out in the evening, {carer.he} has asked {net} to babysit first; {net} kept a diary of the {n} evenings and showed it to {sw}.",
          "For the last {weeks} {carer} has put a chain on the front door that {c} cannot reach, and {net} has checked it is on each time {net.he} visits."},
      new String[] {
          "For the next {period}, {c} will always have an adult looking after {c.him}, and {carer} will have a list of at least two adults, {net} and {other}, to ring before going out. {c2} will be able to tell {teacher} that looking after {c} is a grown-up's job.",
          "For at least {period}, {carer} will know where {c} is whenever {c.he} is outside, and {net} will walk {c} home from school on the days {carer} works. {c} will be able to say who is picking {c.him} up."},
      new String[] {
          "{carer} and {sw} will write the list of babysitters by {deadline}, and {net} will keep a copy.",
          "{sw} will visit on {deadline} to see that the chain is on the door."},
      new String[] {
          "{c} said, \"I don't like it when I'm by myself, the dark is scary.\""}),

  HOME(Carer.EITHER, 0, 17, "the state of the home", "home conditions",
      new String[] {
          "On the home visit on {date}, {sw} saw dog mess on the kitchen floor and no clean bedding on {c}'s bed. There was no food suitable for children in the kitchen and {c} said {c.he} had not had breakfast.",
          "{teacher} told {sw} that {c} has come to school in the same clothes for {n} days running and has been teased by other children about the smell. {c} has said {c.he} does not want to go to school.",
          "On {date} {c} had head lice and sores on {c.his} scalp that had not been treated. {hv} gave {carer} the treatment on {date2}, and on {date3} it had not been used."},
      new String[] {
          "{carer} keeps the {home} without clean bedding, food or heating",
          "{carer} does not wash {c}'s clothes or make sure {c.he} has breakfast",
          "the {home} stays dirty and cold and there is no food in the cupboards"},
      new String[] {
          "{c} could get ill from the dirt and cold and will go on being hungry at school",
          "{c} will keep being teased, feel ashamed and stop wanting to go to school",
          "{c} may not grow and learn as {c.he} should"},
      new String[] {
          "The home was dirty and there was no food on {date}.",
          "{c} came to school unwashed and hungry on {date} and {date2}."},
      new String[] {
          "Since {date}, {net} has come round every {day} to help {carer} wash the children's clothes and bedding, and {sw} has seen clean beds on the last {n} visits.",
          "For the last {weeks}, {c} has had breakfast at the school club every day, which {carer} arranged; {teacher} confirmed {c.he} has not missed one day."},
      new String[] {
          "For the next {period}, {c} will have clean clothes for school, a clean bed and three meals a day, and {carer} will have a weekly routine for washing and shopping that {net} helps with on {day}s. {c} will tell {teacher} that {c.he} has had breakfast.",
          "For at least {period}, the {home} will be warm, with food in the cupboards, and {net} and {other} will visit every week and help when things slip. {sw} will see this on unannounced visits."},
      new String[] {
          "{sw} will apply to the {town} welfare fund for new bedding and a washing machine by {deadline}.",
          "{net} will go shopping with {carer} every {day} from {deadline}."},
      new String[] {
          "{c} said, \"I'd like my bed to smell nice like at {net}'s.\""}),

  HEALTH(Carer.MUM, 0, 12, "the missed appointments", "medical neglect",
      new String[] {
          "{c} was not brought to {n} {eye clinic|hospital|dental|speech therapy} appointments between {month} and {month2}. The clinic wrote on {date} that {c.his} condition has got worse and may not fully recover.",
          "In {month} {c} had six teeth taken out under general anaesthetic at {town} Hospital because of decay. The dentist told {sw} that {c} had been in pain for \"months\" before the operation.",
          "On {date} {c} had an asthma attack at school and had no inhaler; {teacher} said the school had asked {carer} for one {n} times since {month}."},
      new String[] {
          "{carer} keeps missing {c}'s hospital and clinic appointments",
          "{c} keeps going without the medicine {c.he} needs",
          "{c}'s teeth are not brushed and {c.he} keeps having sweet drinks in a bottle at bedtime"},
      new String[] {
          "{c} will be in pain, and the sight in {c.his} eye may be lost for good",
          "{c} could have a serious asthma attack with no inhaler and end up in hospital",
          "{c} will need more teeth taken out and will find it hard to eat, sleep and learn"},
      new String[] {
          "{c} was not brought to {n} appointments last year.",
          "{carer} missed {c}'s clinic appointment on {date}."},
      new String[] {
          "{carer} took {c} to {c.his} last {n} appointments ({date} and {date2}) with {net}, and the clinic confirmed {c.he} was there.",
          "Since {date}, {carer} has brushed {c}'s teeth every night; the nursery has seen that {c.his} gums are less red, and the dental nurse confirmed this at {c.his} check on {date2}."},
      new String[] {
          "For the next {period}, {c} will go to every health appointment with {carer} or another adult {carer.he} trusts, and {net} will keep a copy of the appointment list so that someone else knows when {c.he} is due.",
          "For at least {period}, {c} will have {c.his} inhaler at school and at home, and {carer} will check it every {day} with {net}. {c} will be able to tell {teacher} where it is."},
      new String[] {
          "{sw} will ask the hospital by {deadline} to send all letters for {c} to {net} as well.",
          "{hv} will visit on {deadline} to see how the new bedtime routine is going."},
      new String[] {
          "{c} said, \"My tooth doesn't hurt any more since the dentist.\""}),

  MOOD(Carer.MUM, 0, 17, "the low mood", "mental health issues",
      new String[] {
          "{carer} told {carer.his} GP on {date} that {carer.he} finds it hard to get out of bed in the mornings. {c} has been late for school {n} times since {month}, and {teacher} said {c.he} often arrives without breakfast.",
          "On {date} {carer} took an overdose of {carer.his} tablets while {c} was in the {home}. {c} rang {net}, who called an ambulance. {c} told {sw} {c.he} \"thought {carer.role} was dead\".",
          "{c} told {sw} on {date} that {c.he} stays home some days because {carer.role} \"is sad and doesn't want to be on her own\". {c} has missed {n} school days this term."},
      new String[] {
          "{carer} stays in bed and cannot get the children up and fed",
          "{carer} feels very low and does not tell anyone when {carer.he} is struggling",
          "{carer} keeps asking {c} to stay home to keep {carer.him} company"},
      new String[] {
          "{c} will go on missing school and fall behind with {c.his} reading",
          "{c} could find {carer} unwell again and be frightened and alone",
          "{c} will keep feeling that it is {c.his} job to look after {c.his} mum"},
      new String[] {
          "{carer} took an overdose on {date} while {c} was at home.",
          "{carer} was too low to get {c} to school on {n} days last month."},
      new String[] {
          "Since {date}, on the {n} mornings when {carer} felt too low to get up, {carer.he} texted {net} before 7.30 and {net} took {c} to school; {teacher} confirmed {c} was on time each day.",
          "For the last {weeks} {carer} has gone to the GP every fortnight and has taken {carer.his} tablets, and {net} has checked in every evening by phone; {net} told {sw} they have not missed a night."},
      new String[] {
          "For the next {period}, {c} will be in school every day, and on days when {carer} feels low {net} or {other} will take over the morning routine without {c} having to ask. {c} will be able to tell {teacher} that looking after Mum is a grown-up's job.",
          "For at least {period}, {carer} will have a plan with {carer.his} GP and {net} for the days {carer.he} feels at {carer.his} lowest, so that {c} always knows which adult to ring."},
      new String[] {
          "{sw} will help {carer} book an appointment with {carer.his} GP about {carer.his} low mood by {deadline}.",
          "{carer} and {net} will write the morning plan with {sw} on {deadline}."},
      new String[] {
          "{c} said, \"Mum's sad a lot. I make her toast and then she smiles.\""}),

  HITTING(Carer.EITHER, 2, 15, "the smacking", "physical abuse",
      new String[] {
          "On {date} {teacher} saw a bruise the shape of a hand on {c}'s upper arm. {c} ({c.age}) said {carer} \"grabbed me because I wouldn't get in the car\". {carer} said {carer.he} was trying to stop {c} running into the road.",
          "On {date} {c} came to school with a cut above {c.his} eye. {c} told {teacher} that {carer} hit {c.him} with a slipper because {c.he} spilt {c.his} drink. {carer} agreed that {carer.he} smacked {c} but said it was on the leg.",
          "{c} told {sw} on {date} that {carer} \"smacks me when I'm naughty\" and that it happened \"two times last week\". {c} cried when {sw} asked if {c.he} wanted to go home."},
      new String[] {
          "{carer} keeps hitting {c} when {carer.he} is angry or {c} does not do as {c.he} is told",
          "{carer} keeps grabbing and smacking {c} to make {c.him} behave"},
      new String[] {
          "{c} could be badly hurt and will go on being frightened of {carer}",
          "{c} may learn that hitting is how to sort things out and be scared to go home"},
      new String[] {
          "{carer} hit {c} with a slipper on {date}.",
          "On {date} {carer} grabbed {c} by the arm and left a bruise."},
      new String[] {
          "Since {date}, when {c} has been hard to manage, {carer} has sent {c.him} to {c.his} room and rung {net} instead of smacking; {c} told {sw} on {n} visits that nobody has hit {c.him}, and {teacher} has seen no more marks."},
      new String[] {
          "For the next {period}, {carer} will use the ways agreed with {sw} to calm things down when {c} is hard to manage, and {net} will be the person {carer} rings when {carer.he} is losing {carer.his} temper. {c} will tell {teacher} that nobody at home hurts {c.him}."},
      new String[] {
          "{sw} will meet {carer} on {deadline} to talk about what {carer.he} can do instead of smacking.",
          "{teacher} will check in with {c} every {day} and tell {sw} about any marks the same day."},
      new String[] {
          "{c} said, \"I'm scared when {carer.role} does the angry face.\""}),

  MISSING(Carer.EITHER, 12, 17, "{c} going missing", "CSE",
      new String[] {
          "{c} ({c.age}) went missing from home on {date} and was found by the police at {time} the next morning in a flat in {town} with two adult men. {c} had been given alcohol. {carer} had not reported {c.him} missing until the next day.",
          "Since {month} {c} has been missing overnight {n} times. On {date} {c.he} came home with a new phone and £200 in cash, and would not say who gave it to {c.him}.",
          "On {date} {c} was stopped by the police in {town} carrying a bag with cannabis in it. {c} told {sw} an older man had asked {c.him} to \"drop it off\" and had given {c.him} £50."},
      new String[] {
          "{c} keeps going missing and {carer} does not tell the police or {sw}",
          "adults keep giving {c} money, drink and drugs and {carer} does not know where {c} is at night"},
      new String[] {
          "{c} could be sexually abused or hurt by the adults who are exploiting {c.him}",
          "{c} could be made to carry drugs and be arrested, hurt or threatened"},
      new String[] {
          "{c} went missing on {date} and was found with adult men.",
          "{c} was found by the police in {town} at {time} on {date}."},
      new String[] {
          "Since {date}, every time {c} has not come home by {curfew}, {carer} has rung the police and {sw} within an hour, on {n} occasions; the police confirmed each call.",
          "For the last {weeks}, {net} has picked {c} up from school every day and {c} has stayed at {net}'s on {day}s, the night {c.he} used to go missing; {c} said {c.he} likes it there."},
      new String[] {
          "For the next {period}, {c} will be home by {curfew} or with an adult {carer} knows, and {carer} will ring the police within an hour whenever {c} is not where {c.he} should be. {net} will be someone {c} can ring at any time, and {c} will be able to name three adults {c.he} trusts."},
      new String[] {
          "{carer} will give the police a recent photo of {c} by {deadline}.",
          "{sw} will meet {c} on {deadline} to talk about the people {c.he} has been spending time with."},
      new String[] {
          "{c} said, \"They're my mates, they look out for me.\""});

  /** Whose behaviour the worry is about. */
  enum Carer { MUM, DAD, EITHER }

  final Carer carer;
  final int minAge;
  final int maxAge;
  final String nominal;
  final String category;
  final List<String> harm;
  final List<String> behaviour;
  final List<String> impact;
  final List<String> pastDanger;
  final List<String> safety;
  final List<String> goal;
  final List<String> step;
  final List<String> voice;

  Theme(Carer carer, int minAge, int maxAge, String nominal, String category, String[] harm, String[] behaviour,
      String[] impact, String[] pastDanger, String[] safety, String[] goal, String[] step, String[] voice) {
    this.carer = carer;
    this.minAge = minAge;
    this.maxAge = maxAge;
    this.nominal = nominal;
    this.category = category;
    this.harm = List.of(harm);
    this.behaviour = List.of(behaviour);
    this.impact = List.of(impact);
    this.pastDanger = List.of(pastDanger);
    this.safety = List.of(safety);
    this.goal = List.of(goal);
    this.step = List.of(step);
    this.voice = List.of(voice);
  }

  /** A worry needs a child of the right age: going missing is about a teenager, being left alone about a younger child. */
  boolean fits(List<Cast.Person> children) {
    return children.stream().anyMatch(c -> c.age() >= minAge && c.age() <= maxAge);
  }
}
