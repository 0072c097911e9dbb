package org.sofslint.sofs;

import java.util.List;

/**
 * What one statement says, as the Signs of Safety checks need it. Computed once per statement
 * and shared by every check and pack that reads it.
 *
 * @param past an event told as already happened (past tense, "has hit", "could have been")
 * @param present something told as going on now ("Dad drinks", "Mum has depression")
 * @param future future or conditional framing (will, might, if, unless, going to, at risk of)
 * @param worry who is worried, if anyone
 * @param children the children it refers to, by name or word ("Sam", "the baby")
 * @param adult whether it refers to an adult (a role such as Mum, an adult's name, we, they)
 * @param behaviour whether it names something an adult does or fails to do
 * @param childImpact whether it names an effect on a child (hurt, scared, hungry, missing school)
 * @param when whether it says when something happened (a date, "last night", "in March")
 * @param overTime whether it shows something repeated or kept up over a period, or confirmed by
 *     someone else ("every time", "for six months", "the school confirmed")
 * @param duration whether it gives a period ahead ("for six months", "until Sam starts school")
 * @param absenceOnly whether it only says what will stop or not happen
 * @param serviceOnly whether its only actions are attending or engaging with services
 * @param protectiveAct whether it uses the words of a protective act (called the police, took
 *     the children to Gran's, hid the car keys)
 * @param acts whether someone in it does something (a person, then an action verb that is not
 *     love, a wish, a promise or going to a service)
 * @param intention whether it gives an intention, promise or wish rather than an act
 * @param strength whether it gives love, engagement or a good quality rather than an act
 * @param category whether it names a category of harm ("neglect", "DV") without behaviour
 * @param condition whether it describes a condition, diagnosis or habit
 * @param network whether it names someone from the wider family, friends or safety network
 */
public record Features(
    boolean past,
    boolean present,
    boolean future,
    Worry worry,
    List<String> children,
    boolean adult,
    boolean behaviour,
    boolean childImpact,
    boolean when,
    boolean overTime,
    boolean duration,
    boolean absenceOnly,
    boolean serviceOnly,
    boolean protectiveAct,
    boolean acts,
    boolean intention,
    boolean strength,
    boolean category,
    boolean condition,
    boolean network) {
  public Features {
    children = List.copyOf(children);
  }
}
