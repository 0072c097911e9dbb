package org.sofslint.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Options that choose rules and templates, shared by every command that loads packs. Filled in by picocli. */
final class PackOptions {
  @Option(names = "--rules", paramLabel = "PATH",
      description = "Add a rule pack file, or every .yml pack in a folder (repeatable).")
  List<Path> rules = new ArrayList<>();

  @Option(names = "--config", paramLabel = "FILE",
      description = "Use this config file for every input instead of the nearest .sofslint.yml.")
  Path config;

  @Option(names = "--template", paramLabel = "FILE",
      description = "Section template: replaces the built-in one, or adds to it if it says 'extends: default'.")
  Path template;

  @Option(names = "--enable", split = ",", paramLabel = "RULE-OR-PACK",
      description = "Turn a rule or a whole pack on (repeatable, or comma-separated).")
  List<String> enable = new ArrayList<>();

  @Option(names = "--disable", split = ",", paramLabel = "RULE-OR-PACK",
      description = "Turn a rule or a whole pack off (repeatable, or comma-separated).")
  List<String> disable = new ArrayList<>();
}
