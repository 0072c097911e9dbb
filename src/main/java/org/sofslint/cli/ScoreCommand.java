package org.sofslint.cli;

import picocli.CommandLine.Command;

/**
 * {@code sofslint score PATH…}: checks reports as {@code check} does and prints their compliance
 * scores per practice discipline, and the batch's distribution. Takes every option of {@code
 * check}; {@code --format} is text (a table), csv (one row per report) or html.
 */
@Command(name = "score", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Score reports (0-100 per Signs of Safety practice discipline, and overall) and show how a batch is "
        + "spread: mean, median, the lowest reports and the rules found most often. README explains the scores.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:scored (findings do not change the exit code)",
        "2:usage, config, rule pack or input error",
        "3:internal error (a bug in sofslint)"})
final class ScoreCommand extends CheckCommand {
  ScoreCommand(Environment environment) {
    super(environment);
  }

  @Override
  boolean scoring() {
    return true;
  }
}
