package org.sofslint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares output with a committed file, byte for byte. Run with
 * {@code -Dsofslint.updateGolden=true} to rewrite the files instead; never edit them by hand.
 */
public final class Golden {
  public static final Path RESOURCES = Path.of("src", "test", "resources");

  private Golden() {}

  public static void check(Path expected, String actual) {
    try {
      if (Boolean.getBoolean("sofslint.updateGolden")) {
        Files.createDirectories(expected.getParent());
        Files.writeString(expected, actual, StandardCharsets.UTF_8);
        return;
      }
      assertThat(expected).as("golden file %s (regenerate with -Dsofslint.updateGolden=true)", expected).exists();
      assertThat(actual).as("output compared with %s", expected)
          .isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Like {@link #check}, for the part of a hand-written {@code file} between the lines
   * {@code begin} and {@code end}, which {@code body} replaces.
   */
  public static void checkSection(Path file, String begin, String end, String body) {
    try {
      String document = Files.readString(file, StandardCharsets.UTF_8);
      int from = document.indexOf(begin);
      int to = document.indexOf(end);
      assertThat(from).as("%s holds the line %s", file, begin).isNotNegative();
      assertThat(to).as("%s holds the line %s after the start", file, end).isGreaterThan(from);
      check(file, document.substring(0, from) + begin + "\n\n" + body + "\n" + document.substring(to));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
