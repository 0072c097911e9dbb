package org.sofslint.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the config for a checked file: the nearest {@code .sofslint.yml} in its folder or a
 * folder above, else the user's own config file, else none (built-in defaults). Answers are
 * remembered per folder, so a batch walks each folder's ancestors once.
 */
public final class ConfigLocator {
  public static final String FILE_NAME = ".sofslint.yml";

  private final Optional<Path> userConfig;
  private final Map<Path, Optional<Path>> byFolder = new ConcurrentHashMap<>();

  /** {@code userConfig} is the user's own config file, used where no project file applies. */
  public ConfigLocator(Optional<Path> userConfig) {
    this.userConfig = userConfig.filter(Files::isRegularFile);
  }

  public Optional<Path> find(Path checkedFile) {
    Path folder = checkedFile.toAbsolutePath().normalize().getParent();
    return folder == null ? userConfig : findFrom(folder);
  }

  /** The config for text that has no file of its own (standard input), read in {@code folder}. */
  public Optional<Path> findFrom(Path folder) {
    Optional<Path> nearest = nearest(folder.toAbsolutePath().normalize());
    return nearest.isPresent() ? nearest : userConfig;
  }

  private Optional<Path> nearest(Path folder) {
    Optional<Path> known = byFolder.get(folder);
    if (known != null) {
      return known;
    }
    Path candidate = folder.resolve(FILE_NAME);
    Optional<Path> found;
    if (Files.isRegularFile(candidate)) {
      found = Optional.of(candidate);
    } else {
      found = folder.getParent() == null ? Optional.empty() : nearest(folder.getParent());
    }
    byFolder.put(folder, found);
    return found;
  }
}
