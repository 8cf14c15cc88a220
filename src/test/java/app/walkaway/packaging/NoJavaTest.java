package app.walkaway.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NoJavaTest {
  @TempDir Path temp;

  @Test
  void dropsEveryFolderThatHoldsAJavaCommand() throws IOException {
    Path jdk = Files.createDirectories(temp.resolve("jdk/bin"));
    Files.createFile(jdk.resolve("java")).toFile().setExecutable(true);
    Path tools = Files.createDirectories(temp.resolve("tools"));
    String path = String.join(File.pathSeparator, jdk.toString(), tools.toString(), "");

    assertThat(NoJava.pathWithoutJava(path)).isEqualTo(tools.toString());
  }

  @Test
  void leavesNoJavaVariable() {
    assertThat(NoJava.environment(temp))
        .doesNotContainKeys("JAVA_HOME", "JDK_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS", "CLASSPATH")
        .containsEntry(
            "PATH", temp + File.pathSeparator + NoJava.pathWithoutJava(System.getenv("PATH")));
  }
}
