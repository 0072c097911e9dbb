package org.sofslint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.sofslint.document.SectionKind;

class TemplateLoaderTest {
  @Test
  void theBuiltInTemplateKnowsAtLeastSixtyWordingsAndEveryKind() {
    Template template = Builtins.defaultTemplate();
    assertThat(template.headings()).hasSizeGreaterThanOrEqualTo(60);
    assertThat(template.headings().values()).containsAll(java.util.EnumSet.allOf(SectionKind.class));
    assertThat(template.columnDefault(SectionKind.WORKING_WELL)).isEqualTo(SectionKind.STRENGTHS);
    assertThat(template.columnDefault(SectionKind.NEEDS_TO_HAPPEN)).isEqualTo(SectionKind.NEXT_STEPS);
    assertThat(template.columnDefault(SectionKind.WORRIES)).isEqualTo(SectionKind.WORRIES);
  }

  @Test
  void pluralMarkersStandForBothForms() throws LoadException {
    Template template = TemplateLoader.load("t.yml", """
        template: t
        description: x
        sections:
          safety-goals: [Safety goal(s)]
        """).template();
    assertThat(template.kindOf("Safety goal")).contains(SectionKind.SAFETY_GOALS);
    assertThat(template.kindOf("SAFETY GOALS:")).contains(SectionKind.SAFETY_GOALS);
  }

  @Test
  void aTemplateThatExtendsTheDefaultAddsToItAndWinsOnConflicts() throws LoadException {
    TemplateLoader.Loaded loaded = TemplateLoader.load("ours.yml", """
        template: ours
        description: Our authority's form.
        extends: default
        sections:
          danger: [What could happen if nothing changes]
          other: [Concerns]
        columns:
          working-well: existing-safety
        """);
    assertThat(loaded.extendsDefault()).isTrue();
    Template merged = Builtins.defaultTemplate().extendedBy(loaded.template());
    assertThat(merged.kindOf("What could happen if nothing changes?")).contains(SectionKind.DANGER);
    assertThat(merged.kindOf("Concerns")).contains(SectionKind.OTHER);
    assertThat(merged.kindOf("Harm")).contains(SectionKind.PAST_HARM);
    assertThat(merged.columnDefault(SectionKind.WORKING_WELL)).isEqualTo(SectionKind.EXISTING_SAFETY);
    assertThat(loaded.template().kindOf("Harm")).isEmpty();
  }

  @Test
  void requiredPartsAreKindsOrListsOfKinds() throws LoadException {
    Template template = TemplateLoader.load("t.yml", """
        template: t
        description: x
        sections:
          danger: [Danger]
        required:
          - danger
          - [safety-goals, next-steps]
        """).template();
    assertThat(template.requiredParts()).containsExactly(
        java.util.List.of(SectionKind.DANGER), java.util.List.of(SectionKind.SAFETY_GOALS, SectionKind.NEXT_STEPS));
    assertThat(Builtins.defaultTemplate().requiredParts()).hasSize(6);
    assertThatThrownBy(() -> TemplateLoader.load("t.yml", "template: t\ndescription: x\nsections: {}\nrequired: [dangers]\n"))
        .hasMessage("t.yml:4:12: unknown section kind in 'required' 'dangers' (did you mean 'danger'?)");
  }

  @Test
  void problemsAreReportedAtTheirPlace() {
    assertThatThrownBy(() -> TemplateLoader.load("t.yml", """
        template: t
        description: x
        extends: durham
        sections:
          dangers: [Danger]
          danger: [Danger statement, "DANGER STATEMENT?", "!!"]
        columns:
          worries: strengths
        """))
        .hasMessage(String.join("\n",
            "t.yml:3:10: a template can only extend 'default', not 'durham'",
            "t.yml:5:3: unknown key 'dangers' (did you mean 'danger'?)",
            "t.yml:6:30: heading 'DANGER STATEMENT?' is already listed at line 6",
            "t.yml:6:51: heading '!!' has no words",
            "t.yml:8:12: 'strengths' is not a section kind of the worries column"));
  }
}
