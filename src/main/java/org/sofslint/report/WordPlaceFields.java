package org.sofslint.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.sofslint.document.WordPlace;

/** A Word place as JSON fields, the same in the JSON and SARIF formats: those that apply, then the heading. */
final class WordPlaceFields {
  private WordPlaceFields() {}

  static void write(JsonGenerator json, WordPlace place) throws IOException {
    if (place instanceof WordPlace.Body body) {
      json.writeNumberField("paragraph", body.paragraph());
    } else if (place instanceof WordPlace.Cell cell) {
      json.writeNumberField("table", cell.table());
      json.writeNumberField("row", cell.row());
      json.writeNumberField("cell", cell.cell());
      json.writeNumberField("paragraph", cell.paragraph());
    } else if (place instanceof WordPlace.TextBox box) {
      json.writeNumberField("textBox", box.box());
      json.writeNumberField("paragraph", box.paragraph());
    }
    json.writeStringField("heading", place.heading());
  }
}
