package org.sofslint.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.Writer;

/** The layout every JSON file sofslint writes shares: two-space indents, one value to a line. */
final class PrettyJson {
  private PrettyJson() {}

  /** A generator writing to {@code out}, which it leaves open: the caller owns it. */
  static JsonGenerator generator(Writer out) throws IOException {
    DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    JsonGenerator json = new JsonFactory().createGenerator(out).setPrettyPrinter(pretty);
    json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    return json;
  }
}
