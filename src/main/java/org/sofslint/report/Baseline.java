package org.sofslint.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sofslint.check.FileOutcome;
import org.sofslint.check.Finding;

/**
 * Findings already known, by file, rule and matched words, never by line, so an edit above a
 * finding does not bring it back. Each key holds a count: a baseline with two "controlling" in a
 * report hides two, and a third is new. Written by {@code --write-baseline} as JSON sorted by key.
 * Immutable once read; {@link Recorder} collects a run's findings for writing.
 */
public final class Baseline {
  public static final int VERSION = 1;

  /** What identifies a finding across edits. */
  public record Key(String path, String rule, String match) implements Comparable<Key> {
    // Made once: a baseline of 10,000 reports sorts 661,046 keys, some twenty comparisons each.
    private static final Comparator<Key> ORDER = Comparator.comparing(Key::path).thenComparing(Key::rule)
        .thenComparing(Key::match);

    static Key of(String path, Finding finding) {
      return new Key(path, finding.ruleId(), finding.match().replaceAll("\\s+", " ").strip());
    }

    @Override
    public int compareTo(Key other) {
      return ORDER.compare(this, other);
    }
  }

  private final Map<Key, Integer> counts;

  /** Takes {@code counts} over: {@link #read} hands it its map, which nothing changes after. */
  private Baseline(Map<Key, Integer> counts) {
    this.counts = counts;
  }

  /** The findings of the report at {@code path} that the baseline does not already hold. */
  public List<Finding> fresh(String path, List<Finding> findings) {
    Map<Key, Integer> left = new TreeMap<>();
    List<Finding> fresh = new ArrayList<>();
    for (Finding finding : findings) {
      Key key = Key.of(path, finding);
      int known = left.computeIfAbsent(key, k -> counts.getOrDefault(k, 0));
      if (known > 0) {
        left.put(key, known - 1);
      } else {
        fresh.add(finding);
      }
    }
    return fresh;
  }

  /**
   * Reads a baseline. A batch's baseline is large (10,000 reports: 661,046 keys, 164 MB of JSON)
   * but repetitive (85 rules, 221,768 different matches, a path per report), so each string is
   * kept once: held as parsed, with a copy of the keys beside it, it left too little of the
   * launcher's heap for the batch itself, which ran 3.5 times as slow.
   */
  public static Baseline read(Path file) throws IOException {
    Map<Key, Integer> counts = new HashMap<>();
    Map<String, String> strings = new HashMap<>();
    try (JsonParser json = new JsonFactory().createParser(file.toFile())) {
      expect(json.nextToken(), JsonToken.START_OBJECT);
      while (json.nextToken() == JsonToken.FIELD_NAME) {
        String field = json.currentName();
        json.nextToken();
        if (field.equals("findings")) {
          expect(json.currentToken(), JsonToken.START_ARRAY);
          while (json.nextToken() == JsonToken.START_OBJECT) {
            String path = "";
            String rule = "";
            String match = "";
            int count = 1;
            while (json.nextToken() == JsonToken.FIELD_NAME) {
              String name = json.currentName();
              json.nextToken();
              switch (name) {
                case "path" -> path = json.getText();
                case "rule" -> rule = json.getText();
                case "match" -> match = json.getText();
                case "count" -> count = json.getIntValue();
                default -> json.skipChildren();
              }
            }
            counts.merge(new Key(once(strings, path), once(strings, rule), once(strings, match)), count, Integer::sum);
          }
        } else {
          json.skipChildren();
        }
      }
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IOException("not a sofslint baseline (" + e.getOriginalMessage() + ")");
    }
    return new Baseline(counts);
  }

  private static String once(Map<String, String> strings, String text) {
    String kept = strings.putIfAbsent(text, text);
    return kept == null ? text : kept;
  }

  private static void expect(JsonToken token, JsonToken wanted) throws IOException {
    if (token != wanted) {
      throw new IOException("not a sofslint baseline");
    }
  }

  /** Collects every finding of a run, to write as a baseline at the end. Mutable: fed from one thread. */
  public static final class Recorder {
    private final Map<Key, Integer> counts = new TreeMap<>();

    public void add(FileOutcome outcome) {
      if (outcome instanceof FileOutcome.Checked checked) {
        checked.findings().forEach(f -> counts.merge(Key.of(checked.path(), f), 1, Integer::sum));
      }
    }

    public void write(Writer out) throws IOException {
      try (JsonGenerator json = PrettyJson.generator(out)) {
        json.writeStartObject();
        json.writeNumberField("version", VERSION);
        json.writeArrayFieldStart("findings");
        for (Map.Entry<Key, Integer> entry : counts.entrySet()) {
          json.writeStartObject();
          json.writeStringField("path", entry.getKey().path());
          json.writeStringField("rule", entry.getKey().rule());
          json.writeStringField("match", entry.getKey().match());
          json.writeNumberField("count", entry.getValue());
          json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeRaw('\n');
      }
    }
  }
}
