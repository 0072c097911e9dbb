package org.sofslint.sofs;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The structural checks by name: an explicit, sorted list. */
public final class StructureChecks {
  private static final Map<String, StructureCheck> BY_NAME = new TreeMap<>(Map.of(
      CertaintyCheck.NAME, new CertaintyCheck(),
      ComplicatingFactorCheck.NAME, new ComplicatingFactorCheck(),
      UnansweredDangerCheck.NAME, new UnansweredDangerCheck(),
      DangerStatementCheck.NAME, new DangerStatementCheck(),
      ExistingSafetyCheck.NAME, new ExistingSafetyCheck(),
      PastHarmCheck.NAME, new PastHarmCheck(),
      RequiredPartsCheck.NAME, new RequiredPartsCheck(),
      SafetyGoalCheck.NAME, new SafetyGoalCheck(),
      ScalingCheck.NAME, new ScalingCheck(),
      StrengthCheck.NAME, new StrengthCheck()));

  private StructureChecks() {}

  public static Optional<StructureCheck> named(String name) {
    return Optional.ofNullable(BY_NAME.get(name));
  }

  public static java.util.Set<String> names() {
    return BY_NAME.keySet();
  }
}
