package org.sofslint.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sofslint.check.FileOutcome;
import org.sofslint.check.Finding;
import org.sofslint.check.Summary;
import org.sofslint.score.Scorecard;
import org.sofslint.document.Location;
import org.sofslint.rules.Suggestion;

/**
 * For programs: one JSON object, {@code {"version":1,"files":[…],"errors":[…]}}, streamed file by
 * file with Jackson. Fields always come in the same order and lines end in {@code \n}, so the
 * same run gives the same bytes. The schema is in README.md.
 */
public final class JsonRenderer implements Renderer {
  public static final String NAME = "json";
  public static final int VERSION = 1;

  private final JsonGenerator json;
  private final List<FileOutcome.Unreadable> errors = new ArrayList<>();

  JsonRenderer(PrintWriter out) {
    try {
      json = PrettyJson.generator(out);
      json.writeStartObject();
      json.writeNumberField("version", VERSION);
      json.writeArrayFieldStart("files");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void file(FileOutcome outcome, Optional<Scorecard> score) {
    if (outcome instanceof FileOutcome.Unreadable unreadable) {
      errors.add(unreadable);
      return;
    }
    FileOutcome.Checked checked = (FileOutcome.Checked) outcome;
    try {
      json.writeStartObject();
      json.writeStringField("path", checked.path());
      json.writeArrayFieldStart("findings");
      for (Finding f : checked.findings()) {
        finding(f);
      }
      json.writeEndArray();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void finding(Finding f) throws IOException {
    json.writeStartObject();
    json.writeStringField("rule", f.ruleId());
    json.writeStringField("pack", f.pack());
    json.writeStringField("discipline", f.discipline().id());
    json.writeStringField("severity", f.severity().id());
    json.writeStringField("section", f.section().id());
    json.writeStringField("message", f.message());
    json.writeStringField("match", f.match());
    Location at = f.location();
    if (at.word().isPresent()) {
      WordPlaceFields.write(json, at.word().get());
    } else {
      json.writeNumberField("line", at.line());
    }
    json.writeNumberField("column", at.column());
    if (at.word().isEmpty()) {
      json.writeNumberField("endLine", at.endLine());
    }
    json.writeNumberField("endColumn", at.endColumn());
    json.writeArrayFieldStart("suggestions");
    for (Suggestion s : f.suggestions()) {
      json.writeStartObject();
      json.writeStringField("kind", s instanceof Suggestion.Rewrite ? "rewrite" : "advice");
      json.writeStringField("text", s.text());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  @Override
  public void finish(Summary summary) {
    try {
      json.writeEndArray();
      json.writeArrayFieldStart("errors");
      for (FileOutcome.Unreadable error : errors) {
        json.writeStartObject();
        json.writeStringField("path", error.path());
        json.writeStringField("message", error.problem());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
      json.writeRaw('\n');
      json.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
