package app.walkaway.packaging;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.spi.ToolProvider;

/**
 * The JDK's own jdeps, jlink and jpackage, run in this JVM through {@link ToolProvider}: the same
 * calls on Linux, Windows and macOS, with no shell in between. Packaging uses the JDK that runs the
 * build (Maven's JAVA_HOME), so the app gets that JDK's runtime.
 */
final class JdkTools {
  private JdkTools() {}

  /** What a tool printed, on success. */
  record Output(String text) {}

  /** Runs {@code tool} with {@code args}; throws with its output when it fails. */
  static Output run(String tool, List<String> args) {
    ToolProvider provider = require(tool);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int status;
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      status = provider.run(out, out, args.toArray(String[]::new));
    }
    String text = bytes.toString(StandardCharsets.UTF_8);
    if (status != 0) {
      throw new PackagingException(
          tool + " failed (exit " + status + ") with: " + String.join(" ", args) + "\n" + text);
    }
    return new Output(text);
  }

  /** The tool, or a failure that says which JDK lacks it and what is needed instead. */
  static ToolProvider require(String tool) {
    if (Runtime.version().feature() < 17) {
      throw new PackagingException(
          "packaging needs a JDK 17 or newer; this build runs on Java "
              + Runtime.version()
              + " at "
              + System.getProperty("java.home"));
    }
    return ToolProvider.findFirst(tool)
        .orElseThrow(
            () ->
                new PackagingException(
                    tool
                        + " is not in the Java at "
                        + System.getProperty("java.home")
                        + " (Java "
                        + Runtime.version()
                        + "): packaging needs a full JDK 17 or newer with jlink and jpackage"
                        + " (Debian: openjdk-17-jdk), named by JAVA_HOME"));
  }
}
