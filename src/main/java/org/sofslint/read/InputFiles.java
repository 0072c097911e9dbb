package org.sofslint.read;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Finds the reports named on the command line and reads them, never writing to them. */
public final class InputFiles {
  /** Far above any real report (2,500 words is about 15 KB); larger inputs are refused. */
  public static final long MAX_BYTES = 5L * 1024 * 1024;

  private InputFiles() {}

  /**
   * Files and folders to inputs, in path order, each once. Folders are searched recursively for
   * files sofslint reads, skipping hidden files and folders; a file named directly must be of a
   * format sofslint reads; a missing name is a problem.
   */
  public static List<Input> expand(List<String> names) {
    Map<String, Input> found = new LinkedHashMap<>();
    for (String name : names) {
      Path path;
      try {
        path = Path.of(name);
      } catch (InvalidPathException e) {
        // A name no file can have here ("a<b.md" on Windows): a problem of that input, as a missing file is.
        found.putIfAbsent(name, new Input.Problem(name, "not a name a file can have here: " + e.getReason()));
        continue;
      }
      if (Files.isDirectory(path)) {
        walk(name, path, found);
      } else if (!Files.exists(path)) {
        found.putIfAbsent(display(path), new Input.Problem(display(path), "no such file or folder"));
      } else {
        found.putIfAbsent(display(path), file(path));
      }
    }
    List<Input> inputs = new ArrayList<>(found.values());
    inputs.sort(Comparator.comparing(Input::path));
    return inputs;
  }

  /** The text of a file named for checking. */
  public static String read(Input.File input) throws InputException {
    try {
      long size = Files.size(input.file());
      if (size > MAX_BYTES) {
        throw new InputException(String.format(Locale.ROOT,
            "the file is %.1f MB, over the %d MB limit for one report", size / 1048576.0, MAX_BYTES / 1048576));
      }
      return InputDecoder.decode(Files.readAllBytes(input.file()));
    } catch (AccessDeniedException e) {
      throw new InputException("cannot be read: permission denied");
    } catch (NoSuchFileException e) {
      throw new InputException("no such file or folder");
    } catch (IOException e) {
      throw new InputException("cannot be read: " + Optional.ofNullable(e.getMessage()).orElse(e.getClass().getSimpleName()));
    }
  }

  /** Standard input, up to the same size limit as a file. */
  public static String read(java.io.InputStream stdin) throws InputException {
    try {
      byte[] bytes = stdin.readNBytes((int) MAX_BYTES + 1);
      if (bytes.length > MAX_BYTES) {
        throw new InputException("standard input is over the " + MAX_BYTES / 1048576 + " MB limit for one report");
      }
      return InputDecoder.decode(bytes);
    } catch (IOException e) {
      throw new InputException("standard input cannot be read");
    }
  }

  private static Input file(Path path) {
    Optional<String> format = Readers.formatOf(path.getFileName().toString());
    if (format.isEmpty()) {
      return new Input.Problem(display(path),
          "sofslint reads .md, .markdown, .txt and .docx files; this is not one of them");
    }
    if (!Files.isRegularFile(path)) {
      return new Input.Problem(display(path), "not a regular file");
    }
    return new Input.File(display(path), path, format.get());
  }

  private static void walk(String name, Path root, Map<String, Input> found) {
    try {
      Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
          return !dir.equals(root) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
          if (isHidden(file) || Readers.formatOf(file.getFileName().toString()).isEmpty()) {
            return FileVisitResult.CONTINUE;
          }
          if (attributes.isRegularFile()) {
            found.putIfAbsent(display(file), file(file));
          } else if (attributes.isSymbolicLink()) {
            found.putIfAbsent(display(file), new Input.Problem(display(file), "a link to a file that does not exist"));
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          String problem = e instanceof AccessDeniedException ? "cannot be read: permission denied"
              : e instanceof FileSystemLoopException ? "a link that loops back to a folder above it" : "cannot be read";
          found.putIfAbsent(display(file), new Input.Problem(display(file), problem));
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      found.putIfAbsent(name, new Input.Problem(name, "folder cannot be read"));
    }
  }

  private static boolean isHidden(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  private static String display(Path path) {
    return path.normalize().toString().replace('\\', '/');
  }
}
