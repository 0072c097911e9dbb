package org.sofslint.cli;

import java.util.List;
import org.sofslint.check.CheckOptions;
import org.sofslint.check.Linter;
import org.sofslint.config.FailLevel;
import org.sofslint.read.Readers;
import org.sofslint.rules.RulePack;
import org.sofslint.score.Scorer;

/** Everything needed to check the files one config applies to. */
record Setup(List<RulePack> packs, CheckOptions options, FailLevel failOn, Readers readers, Linter linter, Scorer scorer) {
  Setup {
    packs = List.copyOf(packs);
  }
}
