package org.sofslint.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sofslint.check.FileOutcome;
import org.sofslint.check.Finding;
import org.sofslint.check.Summary;
import org.sofslint.document.Location;
import org.sofslint.document.WordPlace;
import org.sofslint.rules.RuleInfo;
import org.sofslint.rules.Severity;
import org.sofslint.rules.Suggestion;
import org.sofslint.score.Scorecard;

/**
 * For code-scanning tools and SARIF viewers: one SARIF 2.1.0 log with a single run. Fields always
 * come in the same order and lines end in {@code \n}, so the same run gives the same bytes. What
 * goes where is in README.md.
 *
 * <p>Results are written as files arrive, so a batch of any size holds no findings: each rule
 * gets its index when its first result is written, and the tool with its rule list comes after
 * the results (JSON does not order an object's fields, and SARIF readers do not depend on it).
 * Mutable: it remembers the rules in use and the files that could not be read.
 */
public final class SarifRenderer implements Renderer {
  public static final String NAME = "sarif";
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  /** Versioned so that a change in what is hashed can never be mistaken for the old fingerprint. */
  static final String FINGERPRINT = "sofslint/v1";
  /** SARIF's name for "relative to the folder the tool ran in"; a viewer maps it to its checkout. */
  private static final String SOURCE_ROOT = "%SRCROOT%";

  private final ReportContext context;
  private final JsonGenerator json;
  /** Each rule with a result, in the order of its first result (its index), with its default level. */
  private final Map<String, Severity> rules = new LinkedHashMap<>();
  private final Map<String, Integer> ruleIndex = new HashMap<>();
  private final List<FileOutcome.Unreadable> unreadable = new ArrayList<>();

  SarifRenderer(PrintWriter out, ReportContext context) {
    this.context = context;
    try {
      json = PrettyJson.generator(out);
      json.writeStartObject();
      json.writeStringField("$schema", SCHEMA);
      json.writeStringField("version", "2.1.0");
      json.writeArrayFieldStart("runs");
      json.writeStartObject();
      json.writeStringField("columnKind", "unicodeCodePoints");
      json.writeArrayFieldStart("results");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void file(FileOutcome outcome, Optional<Scorecard> score) {
    if (outcome instanceof FileOutcome.Unreadable problem) {
      unreadable.add(problem);
      return;
    }
    FileOutcome.Checked checked = (FileOutcome.Checked) outcome;
    try {
      for (Finding finding : checked.findings()) {
        String id = finding.ruleId();
        if (!ruleIndex.containsKey(id)) {
          // A rule's default level is its pack's, or, with no metadata, that of its first result.
          ruleIndex.put(id, rules.size());
          rules.put(id, context.rules().apply(id).map(RuleInfo::severity).orElse(finding.severity()));
        }
        result(checked.path(), finding, ruleIndex.get(id));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void finish(Summary summary) {
    try {
      json.writeEndArray();
      invocation(json);
      json.writeObjectFieldStart("tool");
      json.writeObjectFieldStart("driver");
      json.writeStringField("name", "sofslint");
      json.writeStringField("version", context.version());
      json.writeArrayFieldStart("rules");
      for (Map.Entry<String, Severity> rule : rules.entrySet()) {
        rule(json, rule.getKey(), rule.getValue());
      }
      json.writeEndArray();
      json.writeEndObject();
      json.writeEndObject();
      json.writeEndObject();
      json.writeEndArray();
      json.writeEndObject();
      json.writeRaw('\n');
      json.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * SARIF wants a rule's name to be an identifier-like word of its own, as in
   * "ProvideRequiredLocationProperties": the id in camel case, label.in-denial is LabelInDenial.
   */
  static String name(String id) {
    StringBuilder name = new StringBuilder();
    for (String part : id.split("[.\\-_]+")) {
      if (!part.isEmpty()) {
        name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    return name.toString();
  }

  private void rule(JsonGenerator json, String id, Severity severity) throws IOException {
    Optional<RuleInfo> info = context.rules().apply(id);
    json.writeStartObject();
    json.writeStringField("id", id);
    if (info.isPresent()) {
      json.writeStringField("name", name(id));
      text(json, "shortDescription", info.get().message());
      text(json, "fullDescription", info.get().reason());
      text(json, "help", help(info.get()));
    }
    json.writeObjectFieldStart("defaultConfiguration");
    json.writeStringField("level", level(severity));
    json.writeEndObject();
    if (info.isPresent()) {
      json.writeObjectFieldStart("properties");
      json.writeStringField("pack", info.get().pack());
      json.writeStringField("discipline", info.get().discipline().id());
      json.writeEndObject();
    }
    json.writeEndObject();
  }

  /** The reason, then the suggestions labelled as the text format labels them. */
  private static String help(RuleInfo info) {
    StringBuilder help = new StringBuilder(info.reason());
    if (!info.suggestions().isEmpty()) {
      help.append('\n');
    }
    for (Suggestion suggestion : info.suggestions()) {
      help.append('\n').append(suggestion instanceof Suggestion.Rewrite ? "rewrite: " : "suggestion: ").append(suggestion.text());
    }
    return help.toString();
  }

  /** Unsuccessful when any input could not be read, with one notification for each. */
  private void invocation(JsonGenerator json) throws IOException {
    json.writeArrayFieldStart("invocations");
    json.writeStartObject();
    json.writeBooleanField("executionSuccessful", unreadable.isEmpty());
    json.writeArrayFieldStart("toolExecutionNotifications");
    for (FileOutcome.Unreadable problem : unreadable) {
      json.writeStartObject();
      json.writeStringField("level", "error");
      text(json, "message", problem.problem());
      json.writeArrayFieldStart("locations");
      json.writeStartObject();
      json.writeObjectFieldStart("physicalLocation");
      artifact(json, problem.path());
      json.writeEndObject();
      json.writeEndObject();
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndArray();
  }

  /**
   * Where a Word finding is, for the message: viewers show a region's line, which in a Word
   * document is only a reading-order number, or (as Microsoft's SARIF viewer) no line at all.
   */
  private static String wordPlace(WordPlace place) {
    return " (" + place.label() + (place.heading().isEmpty() ? "" : ", under \"" + place.heading() + "\"") + ")";
  }

  private void result(String path, Finding finding, int ruleIndex) throws IOException {
    Location at = finding.location();
    json.writeStartObject();
    json.writeStringField("ruleId", finding.ruleId());
    json.writeNumberField("ruleIndex", ruleIndex);
    json.writeStringField("level", level(finding.severity()));
    text(json, "message", finding.message() + at.word().map(SarifRenderer::wordPlace).orElse(""));
    json.writeArrayFieldStart("locations");
    json.writeStartObject();
    json.writeObjectFieldStart("physicalLocation");
    artifact(json, path);
    region(json, "region", at);
    json.writeEndObject();
    json.writeEndObject();
    json.writeEndArray();
    json.writeObjectFieldStart("partialFingerprints");
    json.writeStringField(FINGERPRINT, fingerprint(finding.ruleId(), slashed(path), finding.match()));
    json.writeEndObject();
    // In a Word document a region's lines are paragraphs, which no viewer can edit as text.
    List<Suggestion.Rewrite> rewrites = at.word().isPresent() ? List.of() : finding.suggestions().stream()
        .filter(Suggestion.Rewrite.class::isInstance).map(Suggestion.Rewrite.class::cast).toList();
    if (!rewrites.isEmpty()) {
      json.writeArrayFieldStart("fixes");
      for (Suggestion.Rewrite rewrite : rewrites) {
        fix(json, path, at, rewrite);
      }
      json.writeEndArray();
    }
    if (at.word().isPresent()) {
      json.writeObjectFieldStart("properties");
      WordPlaceFields.write(json, at.word().get());
      json.writeEndObject();
    }
    json.writeEndObject();
  }

  private void fix(JsonGenerator json, String path, Location at, Suggestion.Rewrite rewrite) throws IOException {
    json.writeStartObject();
    json.writeArrayFieldStart("artifactChanges");
    json.writeStartObject();
    artifact(json, path);
    json.writeArrayFieldStart("replacements");
    json.writeStartObject();
    region(json, "deletedRegion", at);
    text(json, "insertedContent", rewrite.text());
    json.writeEndObject();
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void region(JsonGenerator json, String field, Location at) throws IOException {
    json.writeObjectFieldStart(field);
    json.writeNumberField("startLine", at.line());
    json.writeNumberField("startColumn", at.column());
    json.writeNumberField("endLine", at.endLine());
    json.writeNumberField("endColumn", at.endColumn());
    json.writeEndObject();
  }

  private static void artifact(JsonGenerator json, String path) throws IOException {
    json.writeObjectFieldStart("artifactLocation");
    String slashed = slashed(path);
    if (slashed.startsWith("/")) {
      json.writeStringField("uri", "file://" + encode(slashed));
    } else if (slashed.matches("[A-Za-z]:/.*")) {
      json.writeStringField("uri", "file:///" + slashed.substring(0, 2) + encode(slashed.substring(2)));
    } else {
      json.writeStringField("uri", encode(slashed));
      json.writeStringField("uriBaseId", SOURCE_ROOT);
    }
    json.writeEndObject();
  }

  private static String slashed(String path) {
    return path.replace(File.separatorChar, '/');
  }

  /**
   * A path as a URI path: letters, digits, {@code -._~} and {@code /} as they are, every other
   * UTF-8 byte percent-encoded, so spaces, accents and a colon in a file name stay a valid URI.
   */
  static String encode(String path) {
    StringBuilder uri = new StringBuilder();
    for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~/".indexOf(c) >= 0) {
        uri.append(c);
      } else {
        uri.append('%').append(HexFormat.of().withUpperCase().toHexDigits(b));
      }
    }
    return uri.toString();
  }

  /** Leaves out the position, so a result keeps its fingerprint when text above it changes. */
  static String fingerprint(String ruleId, String path, String match) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] hash = sha.digest((ruleId + "\0" + path + "\0" + match).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private static void text(JsonGenerator json, String field, String text) throws IOException {
    json.writeObjectFieldStart(field);
    json.writeStringField("text", text);
    json.writeEndObject();
  }

  private static String level(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }
}
