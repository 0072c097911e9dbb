package org.sofslint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The launcher ({@code ./sofslint}) gives a run the quick compiler alone when what it reads is
 * small for the cores it may use: up to 48 MB on disk when every core checks, 12 MB when one is
 * left to the optimising compiler. Asked through {@code SOFSLINT_PRINT_JVM_OPTIONS}, which stops
 * before the jar is built or run.
 */
class LauncherTest {
  private static final String QUICK_ONLY = "-XX:TieredStopAtLevel=1";
  private static final int MB = 1024 * 1024;

  @TempDir Path folder;

  @Test
  void aFewReportsGetTheQuickCompiler() throws Exception {
    Path report = write("report.md", 20_000);
    assertThat(options("check", report.toString())).contains(QUICK_ONLY);
    assertThat(options("check", folder.toString())).contains(QUICK_ONLY);
  }

  @Test
  void aBatchBeyondTheQuickCompilersShareGetsTheOptimisingOne() throws Exception {
    write("reports.md", 49 * MB);
    assertThat(options("check", "--jobs", "1000", folder.toString())).doesNotContain(QUICK_ONLY);
  }

  @Test
  void aCoreLeftToTheOptimisingCompilerLowersTheQuickCompilersShare() throws Exception {
    write("reports.md", 14 * MB);
    assertThat(options("check", "--jobs", "1000", folder.toString())).contains(QUICK_ONLY);
    assumeTrue(cores() >= 2, "a machine with one core leaves none to spare");
    for (List<String> oneJob : List.of(List.of("--jobs", "1"), List.of("--jobs=1"), List.of("-j", "1"), List.of("-j1"))) {
      List<String> arguments = new ArrayList<>(List.of("check"));
      arguments.addAll(oneJob);
      arguments.add(folder.toString());
      assertThat(options(arguments.toArray(String[]::new))).as("%s", oneJob).doesNotContain(QUICK_ONLY);
    }
  }

  @Test
  void filesNamedByOptionsAreNotCountedAsReports(@TempDir Path elsewhere) throws Exception {
    Path report = write("report.md", 20_000);
    Path large = elsewhere.resolve("large.json");
    Files.write(large, new byte[49 * MB]);
    for (String option : List.of("--output", "--baseline", "--write-baseline", "--annotate", "--config")) {
      assertThat(options("check", option, large.toString(), report.toString())).as(option).contains(QUICK_ONLY);
    }
    assertThat(options("check", report.toString(), large.toString())).doesNotContain(QUICK_ONLY);
  }

  /** The launcher keeps its own list of such options; every option of every command whose value names a file is on it. */
  @Test
  void theLauncherKnowsEveryOptionThatNamesAFile() throws Exception {
    String skipped = Files.readAllLines(Path.of("sofslint")).stream()
        .filter(line -> line.contains("pending=path")).findFirst().orElseThrow();
    Environment environment = new Environment(new ByteArrayInputStream(new byte[0]), Map.of(), Path.of("none.yml"), false);
    List<String> naming = new ArrayList<>();
    for (CommandLine command : SofslintCommand.commandLine(environment, new String[0]).getSubcommands().values()) {
      for (CommandLine.Model.OptionSpec option : command.getCommandSpec().options()) {
        if (Set.of("FILE", "PATH", "DIR", "OUT").contains(option.paramLabel())) {
          naming.addAll(List.of(option.names()));
        }
      }
    }
    assertThat(naming).contains("--output", "--rules", "--annotate");
    for (String name : naming) {
      assertThat(skipped).as(name).containsPattern("[\\s|(]" + Pattern.quote(name) + "[\\s|)]");
    }
  }

  private Path write(String name, int bytes) throws IOException {
    byte[] text = new byte[bytes];
    Arrays.fill(text, (byte) 'a');
    return Files.write(folder.resolve(name), text);
  }

  private static List<String> options(String... arguments) throws Exception {
    List<String> command = new ArrayList<>(List.of("bash", "sofslint"));
    command.addAll(List.of(arguments));
    ProcessBuilder launcher = new ProcessBuilder(command).redirectErrorStream(true);
    launcher.environment().put("SOFSLINT_PRINT_JVM_OPTIONS", "1");
    launcher.environment().remove("SOFSLINT_JAVA_OPTS");
    return run(launcher);
  }

  /** The cores the launcher sees. */
  private static int cores() throws Exception {
    return Integer.parseInt(run(new ProcessBuilder("nproc")).get(0).trim());
  }

  private static List<String> run(ProcessBuilder builder) throws Exception {
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as(output).isZero();
    return output.lines().toList();
  }
}
