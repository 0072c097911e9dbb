package org.sofslint.rules;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32C;
import org.sofslint.document.SectionKind;

/**
 * The built-in packs and template in a compact binary form written at build time. A cold JVM
 * takes about half a second to parse 450 KB of YAML, which every run would pay; reading this
 * form takes a fraction of that. The YAML stays the source: the form records a checksum of the
 * YAML it was made from, and is ignored when the YAML beside it differs.
 */
public final class CompiledBuiltins {
  static final String FILE_NAME = "builtins.bin";
  private static final int FORMAT = 1;

  private CompiledBuiltins() {}

  /** The built-in packs and template, and the checksum of the YAML they came from. */
  record Contents(long checksum, List<RulePack> packs, Template template) {
    Contents {
      packs = List.copyOf(packs);
    }
  }

  /** A checksum of YAML texts in order; it guards against a stale file, not against tampering. */
  static long checksum(List<byte[]> yamlFiles) {
    CRC32C crc = new CRC32C();
    for (byte[] file : yamlFiles) {
      crc.update(file.length);
      crc.update(file);
    }
    return crc.getValue();
  }

  /**
   * Build step, run by Maven after the resources are copied: writes the compiled form beside
   * the built-in YAML in {@code args[0]}.
   */
  public static void main(String[] args) throws IOException {
    Path folder = Path.of(args[0]);
    Contents contents = Builtins.fromYaml();
    try (DataOutputStream out =
        new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(folder.resolve(FILE_NAME))))) {
      write(out, contents);
    }
  }

  static void write(OutputStream target, Contents contents) throws IOException {
    DataOutputStream out = new DataOutputStream(target);
    out.writeInt(FORMAT);
    out.writeLong(contents.checksum());
    out.writeInt(contents.packs().size());
    for (RulePack pack : contents.packs()) {
      out.writeUTF(pack.id());
      out.writeUTF(pack.description());
      out.writeUTF(pack.source());
      out.writeInt(pack.rules().size());
      for (Rule rule : pack.rules()) {
        writeRule(out, rule);
      }
    }
    writeTemplate(out, contents.template());
    out.flush();
  }

  /** The contents, if {@code source} holds this format made from YAML with {@code checksum}. */
  static Optional<Contents> read(InputStream source, long checksum) throws IOException {
    DataInputStream in = new DataInputStream(new BufferedInputStream(source, 1 << 16));
    if (in.readInt() != FORMAT || in.readLong() != checksum) {
      return Optional.empty();
    }
    int packCount = in.readInt();
    List<RulePack> packs = new ArrayList<>(packCount);
    for (int p = 0; p < packCount; p++) {
      String id = in.readUTF();
      String description = in.readUTF();
      String packSource = in.readUTF();
      int ruleCount = in.readInt();
      List<Rule> rules = new ArrayList<>(ruleCount);
      for (int r = 0; r < ruleCount; r++) {
        rules.add(readRule(in));
      }
      packs.add(new RulePack(id, description, packSource, rules));
    }
    return Optional.of(new Contents(checksum, packs, readTemplate(in)));
  }

  private static void writeRule(DataOutputStream out, Rule rule) throws IOException {
    if (rule instanceof Rule.TermRule term) {
      out.writeByte('T');
      writeInfo(out, term.info());
      writeStrings(out, term.terms());
      writeStrings(out, term.unless());
      out.writeBoolean(term.matchCase());
    } else if (rule instanceof Rule.PatternRule pattern) {
      out.writeByte('P');
      writeInfo(out, pattern.info());
      out.writeUTF(pattern.pattern().source());
      out.writeInt(pattern.pattern().flags());
      writeStrings(out, pattern.unless());
    } else if (rule instanceof Rule.MetricRule metric) {
      out.writeByte('M');
      writeInfo(out, metric.info());
      out.writeUTF(metric.metric().name());
      out.writeDouble(metric.max());
    } else if (rule instanceof Rule.StructureRule structure) {
      out.writeByte('S');
      writeInfo(out, structure.info());
      out.writeUTF(structure.check());
      out.writeUTF(structure.outcome());
      writeStrings(out, List.copyOf(structure.parameters().keySet()));
      for (String key : structure.parameters().keySet()) {
        out.writeUTF(structure.parameters().get(key));
      }
    }
  }

  private static Rule readRule(DataInputStream in) throws IOException {
    int kind = in.readByte();
    RuleInfo info = readInfo(in);
    return switch (kind) {
      case 'T' -> new Rule.TermRule(info, readStrings(in), readStrings(in), in.readBoolean());
      case 'P' -> {
        Regex pattern = Regex.known(in.readUTF(), in.readInt());
        yield new Rule.PatternRule(info, pattern, readStrings(in));
      }
      case 'M' -> new Rule.MetricRule(info, Metric.valueOf(in.readUTF()), in.readDouble());
      case 'S' -> {
        String check = in.readUTF();
        String outcome = in.readUTF();
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String key : readStrings(in)) {
          parameters.put(key, in.readUTF());
        }
        yield new Rule.StructureRule(info, check, outcome, parameters);
      }
      default -> throw new IOException("unknown rule kind " + kind);
    };
  }

  private static void writeInfo(DataOutputStream out, RuleInfo info) throws IOException {
    out.writeUTF(info.id());
    out.writeUTF(info.pack());
    out.writeUTF(info.discipline().name());
    out.writeUTF(info.severity().name());
    out.writeUTF(info.message());
    out.writeUTF(info.reason());
    out.writeInt(info.suggestions().size());
    for (Suggestion suggestion : info.suggestions()) {
      out.writeBoolean(suggestion instanceof Suggestion.Rewrite);
      out.writeUTF(suggestion.text());
    }
    writeKinds(out, info.sections());
    writeStrings(out, info.examples().flag());
    writeStrings(out, info.examples().pass());
    out.writeUTF(info.origin().file());
    out.writeInt(info.origin().line());
    out.writeInt(info.origin().column());
  }

  private static RuleInfo readInfo(DataInputStream in) throws IOException {
    String id = in.readUTF();
    String pack = in.readUTF();
    Discipline discipline = Discipline.valueOf(in.readUTF());
    Severity severity = Severity.valueOf(in.readUTF());
    String message = in.readUTF();
    String reason = in.readUTF();
    int suggestionCount = in.readInt();
    List<Suggestion> suggestions = new ArrayList<>(suggestionCount);
    for (int i = 0; i < suggestionCount; i++) {
      boolean rewrite = in.readBoolean();
      String text = in.readUTF();
      suggestions.add(rewrite ? new Suggestion.Rewrite(text) : new Suggestion.Advice(text));
    }
    List<SectionKind> sections = readKinds(in);
    Examples examples = new Examples(readStrings(in), readStrings(in));
    Origin origin = new Origin(in.readUTF(), in.readInt(), in.readInt());
    return new RuleInfo(id, pack, discipline, severity, message, reason, suggestions, sections, examples, origin);
  }

  private static void writeTemplate(DataOutputStream out, Template template) throws IOException {
    out.writeUTF(template.id());
    out.writeUTF(template.source());
    writeStrings(out, List.copyOf(template.headings().keySet()));
    for (String heading : template.headings().keySet()) {
      out.writeUTF(template.headings().get(heading).name());
    }
    writeKinds(out, List.copyOf(template.columnDefaults().keySet()));
    writeKinds(out, List.copyOf(template.columnDefaults().values()));
    out.writeInt(template.requiredParts().size());
    for (List<SectionKind> part : template.requiredParts()) {
      writeKinds(out, part);
    }
  }

  private static Template readTemplate(DataInputStream in) throws IOException {
    String id = in.readUTF();
    String source = in.readUTF();
    Map<String, SectionKind> headings = new LinkedHashMap<>();
    for (String heading : readStrings(in)) {
      headings.put(heading, SectionKind.valueOf(in.readUTF()));
    }
    List<SectionKind> columns = readKinds(in);
    List<SectionKind> defaults = readKinds(in);
    Map<SectionKind, SectionKind> columnDefaults = new LinkedHashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      columnDefaults.put(columns.get(i), defaults.get(i));
    }
    int partCount = in.readInt();
    List<List<SectionKind>> requiredParts = new ArrayList<>(partCount);
    for (int i = 0; i < partCount; i++) {
      requiredParts.add(readKinds(in));
    }
    return new Template(id, source, headings, columnDefaults, requiredParts);
  }

  /** A counted list of strings, as every compiled form of sofslint writes them (check's startup tables too). */
  public static void writeStrings(DataOutputStream out, java.util.Collection<String> strings) throws IOException {
    out.writeInt(strings.size());
    for (String s : strings) {
      out.writeUTF(s);
    }
  }

  /** What {@link #writeStrings} wrote, in a new list. */
  public static List<String> readStrings(DataInputStream in) throws IOException {
    int count = in.readInt();
    List<String> strings = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      strings.add(in.readUTF());
    }
    return strings;
  }

  private static void writeKinds(DataOutputStream out, List<SectionKind> kinds) throws IOException {
    out.writeInt(kinds.size());
    for (SectionKind kind : kinds) {
      out.writeUTF(kind.name());
    }
  }

  private static List<SectionKind> readKinds(DataInputStream in) throws IOException {
    int count = in.readInt();
    List<SectionKind> kinds = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      kinds.add(SectionKind.valueOf(in.readUTF()));
    }
    return kinds;
  }
}
