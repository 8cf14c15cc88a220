package app.walkaway.packaging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The app's own Java runtime: jlink links only the modules the app needs, from the JDK running the
 * build. Linking takes a while, so the result is kept in target/package/runtime with a note of what
 * it was made from, and made again only when that changes (another JDK, other modules).
 */
final class LinkedRuntime {
  private LinkedRuntime() {}

  /** The runtime for {@code modules}, linked now or kept from an earlier build. */
  static Path ensure(Layout layout, List<String> modules) {
    Path runtime = layout.runtime();
    Path note = layout.work().resolve("runtime.key");
    String key = key(modules);
    if (Files.isDirectory(runtime) && key.equals(read(note))) {
      return runtime;
    }
    Trees.delete(runtime);
    Path partial = layout.work().resolve("runtime.partial");
    Trees.delete(partial);
    JdkTools.run("jlink", arguments(modules, partial));
    trim(partial);
    try {
      Files.move(partial, runtime);
      Files.writeString(note, key, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(runtime + ": cannot keep the linked runtime", e);
    }
    return runtime;
  }

  static List<String> arguments(List<String> modules, Path output) {
    List<String> args = new ArrayList<>();
    args.add("--add-modules");
    args.add(String.join(",", modules));
    // Smaller without costing the app anything it uses: no debug tables in classes, no C headers,
    // no man pages; modules compressed (jpackage's installers compress again anyway, but the app
    // image on disk is a third smaller, and the class-data archive below spares most class loads
    // the cost of decompressing).
    args.addAll(List.of("--strip-debug", "--no-header-files", "--no-man-pages"));
    args.add(Runtime.version().feature() >= 21 ? "--compress=zip-6" : "--compress=2");
    // The JDK's classes, pre-parsed into an archive the JVM maps at start (faster start, less
    // memory). jlink needs the runtime's own java command to make it; trim() removes it after.
    args.add("--generate-cds-archive");
    args.add("--output");
    args.add(output.toString());
    return args;
  }

  /**
   * Removes what the app never uses: the runtime's commands (jpackage's launcher starts the JVM
   * itself; on Windows only the .exe files go, the DLLs there are the JVM), and the class-data
   * archive for heaps over 32 GB, a JVM this app never starts on a machine under 128 GB of memory
   * (on a bigger one it starts without an archive, a little slower).
   */
  static void trim(Path runtime) {
    Path bin = runtime.resolve("bin");
    try (Stream<Path> files = Files.walk(runtime)) {
      List<Path> unused = new ArrayList<>();
      files
          .filter(Files::isRegularFile)
          .filter(
              f -> isCommand(bin, f) || f.getFileName().toString().equals("classes_nocoops.jsa"))
          .forEach(unused::add);
      for (Path file : unused) {
        Files.delete(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(runtime + ": cannot trim the linked runtime", e);
    }
    deleteIfEmpty(bin);
  }

  private static boolean isCommand(Path bin, Path file) {
    if (!file.getParent().equals(bin)) {
      return false;
    }
    return Platform.current() != Platform.WINDOWS || file.toString().endsWith(".exe");
  }

  private static void deleteIfEmpty(Path dir) {
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (Stream<Path> left = Files.list(dir)) {
      if (left.findAny().isEmpty()) {
        Files.delete(dir);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(dir + ": cannot tidy", e);
    }
  }

  /** What the runtime is made from: when any of it changes, the kept one is linked again. */
  static String key(List<String> modules) {
    return String.join(
        "\n",
        "java.home=" + System.getProperty("java.home"),
        "java.version=" + Runtime.version(),
        "modules=" + String.join(",", modules),
        "options=" + String.join(" ", arguments(modules, Path.of("runtime"))));
  }

  private static String read(Path note) {
    try {
      return Files.isRegularFile(note) ? Files.readString(note, StandardCharsets.UTF_8) : "";
    } catch (IOException e) {
      return ""; // unreadable: link again
    }
  }
}
