package org.sofslint.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The one CSV dialect sofslint writes: RFC 4180, a header row, and a UTF-8 byte-order mark first. */
final class Csv {
  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private Csv() {}

  static CSVPrinter printer(PrintWriter out, String... header) {
    try {
      out.print(BYTE_ORDER_MARK);
      return new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header).get());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void flush(CSVPrinter csv) {
    try {
      csv.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
