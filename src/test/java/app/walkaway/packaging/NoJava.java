package app.walkaway.packaging;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The environment of a computer with no Java installed, as far as a program started from here can
 * tell: no JAVA_HOME, no Java option variables, and no folder on the PATH that holds a java command
 * (on Debian that drops /usr/bin itself, so {@code extraBin} comes first, with whatever tools a
 * test's program may call).
 */
final class NoJava {
  private static final List<String> JAVA_VARIABLES =
      List.of(
          "JAVA_HOME",
          "JDK_HOME",
          "JRE_HOME",
          "JDK_JAVA_OPTIONS",
          "JAVA_TOOL_OPTIONS",
          "_JAVA_OPTIONS",
          "CLASSPATH",
          "JAVA_OPTS");

  private NoJava() {}

  static Map<String, String> environment(Path extraBin) {
    Map<String, String> env = new HashMap<>(System.getenv());
    JAVA_VARIABLES.forEach(env::remove);
    env.put("PATH", extraBin + File.pathSeparator + pathWithoutJava(env.getOrDefault("PATH", "")));
    return env;
  }

  static String pathWithoutJava(String path) {
    return Arrays.stream(path.split(File.pathSeparator))
        .filter(dir -> !dir.isBlank())
        .filter(dir -> !Files.isExecutable(Path.of(dir, "java")))
        .collect(Collectors.joining(File.pathSeparator));
  }
}
