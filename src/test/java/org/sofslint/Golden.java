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
}
