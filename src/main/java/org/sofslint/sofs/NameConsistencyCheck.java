package org.sofslint.sofs;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import org.sofslint.document.Block;
import org.sofslint.document.Span;
import org.sofslint.nlp.ScreenedPattern;

/**
 * Signs of Safety writing calls people by name and relationship ("Kerry (Mum)"). When a report
 * names its adults like that, a bare role elsewhere ("the mother", "Father said") turns a person
 * back into a category, and the family notices.
 */
final class NameConsistencyCheck implements StructureCheck {
  static final String NAME = "names";
  private static final ScreenedPattern ROLE_ONLY = ScreenedPattern.compile(
      "\\b[Tt]he\\s+(?:(?:birth|biological|maternal|paternal)\\s+)?(?:mother|father|grandmother|grandfather|"
          + "step-?mother|step-?father|mum|dad|parents?)\\b(?!\\s*(?:\\(|,\\s*\\p{Lu}|of\\b|'s\\s+(?:day)))"
          + "|\\b(?:Mother|Father)\\b(?!'s\\s+Day|\\s+Christmas|\\s*\\()");

  @Override
  public List<String> outcomes() {
    return List.of("role-only");
  }

  @Override
  public List<Flag> check(Review review, Set<String> wanted, Map<String, String> parameters) {
    Outcomes outcomes = new Outcomes(wanted, review);
    if (review.people().adults().isEmpty()) {
      return outcomes.flags();
    }
    for (Block block : review.document().blocks()) {
      if (block instanceof Block.Heading) {
        continue;
      }
      String text = review.text(block.span());
      if (!ROLE_ONLY.mayFind(text)) {
        continue;
      }
      Matcher role = ROLE_ONLY.pattern().matcher(text);
      while (role.find()) {
        Span span = new Span(block.span().start() + role.start(), block.span().start() + role.end());
        outcomes.add(new Flag.At("role-only", span, Map.of()));
      }
    }
    return outcomes.flags();
  }
}
