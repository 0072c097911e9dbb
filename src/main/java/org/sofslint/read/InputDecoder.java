package org.sofslint.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns an input's bytes into text, or says in plain words why it is not a report sofslint can
 * read: empty, binary, or not valid UTF-8. A byte-order mark chooses UTF-8 or UTF-16 (Word's
 * "Unicode text" export) and is not part of the text.
 */
public final class InputDecoder {
  private static final int SNIFF_BYTES = 8192;

  private InputDecoder() {}

  public static String decode(byte[] bytes) throws InputException {
    if (bytes.length == 0) {
      throw new InputException("the file is empty; there is nothing to check");
    }
    String text;
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      text = strictly(bytes, 3, StandardCharsets.UTF_8);
    } else if (startsWith(bytes, 0xFF, 0xFE)) {
      text = strictly(bytes, 2, StandardCharsets.UTF_16LE);
    } else if (startsWith(bytes, 0xFE, 0xFF)) {
      text = strictly(bytes, 2, StandardCharsets.UTF_16BE);
    } else {
      rejectBinary(bytes);
      text = strictly(bytes, 0, StandardCharsets.UTF_8);
    }
    if (text.isBlank()) {
      throw new InputException("the file holds only blank space; there is nothing to check");
    }
    return text;
  }

  private static void rejectBinary(byte[] bytes) throws InputException {
    if (startsWith(bytes, 'P', 'K', 3, 4)) {
      throw new InputException("this is a zip archive (a Word .docx or similar), not a text or Markdown report");
    }
    if (startsWith(bytes, '%', 'P', 'D', 'F')) {
      throw new InputException("this is a PDF, not a text or Markdown report");
    }
    if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
      throw new InputException("this is a legacy Office file (.doc), not a text or Markdown report");
    }
    int end = Math.min(bytes.length, SNIFF_BYTES);
    for (int i = 0; i < end; i++) {
      if (bytes[i] == 0) {
        throw new InputException("this looks like a binary file, not a text or Markdown report");
      }
    }
  }

  private static String strictly(byte[] bytes, int offset, Charset charset) throws InputException {
    CharsetDecoder decoder =
        charset.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    CharBuffer out = CharBuffer.allocate((int) Math.ceil((bytes.length - offset) * (double) decoder.maxCharsPerByte()) + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int at = in.position();
      throw new InputException(String.format(
          "not valid %s: byte 0x%02X on line %d cannot be read (save the file as UTF-8)",
          charset == StandardCharsets.UTF_8 ? "UTF-8" : charset.name(),
          bytes[at] & 0xFF, lineOf(bytes, offset, at)));
    }
    return out.flip().toString();
  }

  private static int lineOf(byte[] bytes, int from, int at) {
    int line = 1;
    for (int i = from; i < at; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
