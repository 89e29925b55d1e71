package org.dpa4j.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * The agreements a command reads: files named on the command line, the {@code *.json} files of
 * directories (with {@code --recursive} of their subdirectories too), standard input ({@code -}),
 * or the seeds bundled in the jar.
 *
 * <p>An entry of a directory that is not a regular file (a FIFO, a dangling link, a directory named
 * {@code *.json} when not recursing) and a subdirectory that cannot be listed are not opened but
 * become inputs that cannot be read, so that nothing is skipped silently. Links are followed, to
 * files and (with {@code --recursive}) to directories; a link that leads back into the walk is
 * reported as an input that cannot be read, not walked again.
 */
final class Inputs {
  /** The operand that names standard input. */
  static final String STDIN = "-";

  private Inputs() {}

  /** One agreement to read: a file, standard input, or a seed bundled in the jar. */
  static final class Input {
    final String name;
    private final Path path;
    private final boolean regular;
    private final InputStream stream;

    private Input(String name, Path path, boolean regular, InputStream stream) {
      this.name = name;
      this.path = path;
      this.regular = regular;
      this.stream = stream;
    }

    /** The file, for a command that writes it back; empty for standard input and seeds. */
    java.util.Optional<Path> path() {
      return java.util.Optional.ofNullable(path);
    }

    /** Reads at most the document size limit plus one byte, so the reader can tell it is over. */
    byte[] bytes() throws IOException {
      if (!regular) {
        throw new IOException("not a regular file");
      }
      if (stream != null) {
        return stream.readNBytes(Main.READ_LIMIT);
      }
      if (path != null) {
        try (InputStream in = Files.newInputStream(path)) {
          return in.readNBytes(Main.READ_LIMIT);
        }
      }
      String seed = name.substring("seed:".length());
      try (InputStream in = Main.class.getResourceAsStream("seeds/" + seed + ".json")) {
        if (in == null) {
          throw new IOException("the jar lacks seed " + seed);
        }
        return in.readNBytes(Main.READ_LIMIT);
      }
    }
  }

  /**
   * Returns the inputs named by operands, in order; a directory's files sorted by path.
   *
   * @param operands the command's operands; none means the bundled seeds
   * @param recursive whether directories are searched in their subdirectories too
   * @param stdin standard input, read for the operand {@code -}
   * @return the inputs
   * @throws Usage when {@code -} is given more than once
   */
  static List<Input> of(List<String> operands, boolean recursive, InputStream stdin) {
    List<Input> inputs = new ArrayList<>();
    if (operands.isEmpty()) {
      for (String seed : Main.SEEDS) {
        inputs.add(new Input("seed:" + seed, null, true, null));
      }
      return inputs;
    }
    if (operands.stream().filter(STDIN::equals).count() > 1) {
      throw new Usage(
          "- (standard input) can be read only once",
          "- (standaardinvoer) kan maar één keer worden gelezen");
    }
    for (String operand : operands) {
      if (operand.equals(STDIN)) {
        inputs.add(new Input(STDIN, null, true, stdin));
        continue;
      }
      Path path;
      try {
        path = Path.of(operand);
      } catch (InvalidPathException e) {
        // Such as a non-ASCII name under LANG=C: reported as an input that cannot be read.
        inputs.add(new Input(operand, null, false, null));
        continue;
      }
      if (Files.isDirectory(path)) {
        inputs.addAll(directory(path, recursive));
      } else {
        // Named explicitly: read as given, also a FIFO or a process substitution.
        inputs.add(new Input(operand, path, true, null));
      }
    }
    return inputs;
  }

  private static List<Input> directory(Path directory, boolean recursive) {
    List<Input> found = new ArrayList<>();
    try {
      Files.walkFileTree(
          directory,
          EnumSet.of(FileVisitOption.FOLLOW_LINKS),
          recursive ? Integer.MAX_VALUE : 1,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
              // Without recursion a subdirectory is seen here, as an entry of the directory.
              if (json(file)) {
                found.add(new Input(file.toString(), file, Files.isRegularFile(file), null));
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              // A subdirectory that cannot be listed may hold agreements, and a link loop is a
              // mistake: both are reported.
              found.add(new Input(file.toString(), file, false, null));
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      found.add(new Input(directory.toString(), directory, false, null));
    }
    found.sort(Comparator.comparing(input -> input.name));
    return found;
  }

  private static boolean json(Path file) {
    Path name = file.getFileName();
    return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".json");
  }
}
