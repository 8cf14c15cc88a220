package app.walkaway.packaging;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The Java modules the app needs: what jdeps finds the jar and its libraries use, less the ones
 * that are only optional there, plus the ones only a run finds (a library may reach a module by
 * name at run time, which jdeps cannot see). The app-image test runs the app on the result.
 */
final class ModuleSet {
  /**
   * Found by jdeps, left out on purpose: each is reached only from code Walkaway never runs, and
   * the app-image test runs the app (the web server and its pages) without them. java.desktop (AWT,
   * Swing, sound, images) would be the runtime's biggest module.
   */
  static final Map<String, String> LEFT_OUT =
      Map.of(
          "java.desktop",
          "jackson-databind reads two java.beans annotations only when present (requires static);"
              + " Jetty's Introspector cleaner and AWT leak preventer are never installed",
          "java.instrument",
          "only Jetty's WebAppClassLoader (war files) takes class-file transformers",
          "java.rmi",
          "only jakarta.transaction's exceptions extend RemoteException; nothing uses JTA",
          "java.security.jgss",
          "only Jetty's SPNEGO (Kerberos) login uses it");

  /** Needed at run time though no class names it, found by running the app (class comment). */
  static final Map<String, String> ADDED =
      Map.of(
          "jdk.zipfs",
          "Jetty serves the pages' assets and WebJars out of the jar through the zip file system,"
              + " which it asks for by URI scheme; without it serve stops at start");

  private static final Pattern MODULE = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*");

  private ModuleSet() {}

  /**
   * The modules for the jar and libraries in {@code layout}, sorted. jdeps takes seconds, so its
   * answer is kept under target/package beside a digest of the jars it read.
   */
  static List<String> required(Layout layout) {
    String digest = digestOfJars(layout);
    Path cache = layout.work().resolve("modules.txt");
    List<String> cached = readCache(cache, digest);
    if (!cached.isEmpty()) {
      return cached;
    }
    List<String> modules = adjust(fromJdeps(JdkTools.run("jdeps", jdepsArguments(layout)).text()));
    writeCache(cache, digest, modules);
    return modules;
  }

  static List<String> jdepsArguments(Layout layout) {
    // The libraries as modules (most are modular, the rest become automatic modules), so each
    // one's own module-info says what it requires; the app's jar is read on the class path.
    return List.of(
        "--print-module-deps",
        "--ignore-missing-deps",
        "--multi-release",
        Integer.toString(Runtime.version().feature()),
        "--module-path",
        layout.libraries().toString(),
        "--add-modules",
        "ALL-MODULE-PATH",
        layout.jar().toString());
  }

  /** The module list jdeps printed: its last line, "java.base,java.sql,...". */
  static List<String> fromJdeps(String output) {
    String[] lines = output.strip().split("\\R");
    String last = lines[lines.length - 1].strip();
    List<String> modules = new ArrayList<>();
    for (String name : last.split(",")) {
      if (!MODULE.matcher(name.strip()).matches()) {
        throw new PackagingException(
            "jdeps printed '" + last + "' where a list of modules was expected:\n" + output);
      }
      modules.add(name.strip());
    }
    return modules;
  }

  /** {@code found}, less {@link #LEFT_OUT}, plus {@link #ADDED}, sorted. */
  static List<String> adjust(List<String> found) {
    TreeSet<String> modules = new TreeSet<>(found);
    modules.removeAll(LEFT_OUT.keySet());
    modules.addAll(ADDED.keySet());
    return List.copyOf(modules);
  }

  private static List<String> readCache(Path cache, String digest) {
    try {
      if (!Files.isRegularFile(cache)) {
        return List.of();
      }
      List<String> lines = Files.readAllLines(cache, StandardCharsets.UTF_8);
      return lines.size() == 2 && lines.get(0).equals(digest)
          ? List.of(lines.get(1).split(","))
          : List.of();
    } catch (IOException e) {
      return List.of(); // a cache that cannot be read is made again
    }
  }

  private static void writeCache(Path cache, String digest, List<String> modules) {
    try {
      Files.createDirectories(cache.getParent());
      Files.write(cache, List.of(digest, String.join(",", modules)), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(cache + ": cannot keep the module list", e);
    }
  }

  /** A digest of the jar and every library, with the JDK and the rules that shape the answer. */
  private static String digestOfJars(Layout layout) {
    MessageDigest sha = sha256();
    sha.update(Runtime.version().toString().getBytes(StandardCharsets.UTF_8));
    sha.update((LEFT_OUT.keySet() + "|" + ADDED.keySet()).getBytes(StandardCharsets.UTF_8));
    for (Path jar : jars(layout)) {
      sha.update(jar.getFileName().toString().getBytes(StandardCharsets.UTF_8));
      try (InputStream in = new DigestInputStream(Files.newInputStream(jar), sha)) {
        in.transferTo(OutputStream.nullOutputStream());
      } catch (IOException e) {
        throw new UncheckedIOException(jar + ": cannot read", e);
      }
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  static List<Path> jars(Layout layout) {
    try (Stream<Path> libs = Files.list(layout.libraries())) {
      List<Path> all = new ArrayList<>();
      all.add(layout.jar());
      all.addAll(
          libs.filter(p -> p.toString().endsWith(".jar")).sorted().collect(Collectors.toList()));
      return all;
    } catch (IOException e) {
      throw new UncheckedIOException(layout.libraries() + ": cannot list the libraries", e);
    }
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
