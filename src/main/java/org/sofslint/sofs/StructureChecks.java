package org.sofslint.sofs;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The structural checks by name: an explicit, sorted list. */
public final class StructureChecks {
  private static final Map<String, StructureCheck> BY_NAME = new TreeMap<>(Map.ofEntries(
      Map.entry(CertaintyCheck.NAME, new CertaintyCheck()),
      Map.entry(ComplicatingFactorCheck.NAME, new ComplicatingFactorCheck()),
      Map.entry(UnansweredDangerCheck.NAME, new UnansweredDangerCheck()),
      Map.entry(DangerStatementCheck.NAME, new DangerStatementCheck()),
      Map.entry(ExistingSafetyCheck.NAME, new ExistingSafetyCheck()),
      Map.entry(NameConsistencyCheck.NAME, new NameConsistencyCheck()),
      Map.entry(PastHarmCheck.NAME, new PastHarmCheck()),
      Map.entry(RequiredPartsCheck.NAME, new RequiredPartsCheck()),
      Map.entry(SafetyGoalCheck.NAME, new SafetyGoalCheck()),
      Map.entry(ScalingCheck.NAME, new ScalingCheck()),
      Map.entry(StrengthCheck.NAME, new StrengthCheck())));

  private StructureChecks() {}

  public static Optional<StructureCheck> named(String name) {
    return Optional.ofNullable(BY_NAME.get(name));
  }

  public static java.util.Set<String> names() {
    return BY_NAME.keySet();
  }
}
