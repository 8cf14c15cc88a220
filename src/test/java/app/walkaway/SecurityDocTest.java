package app.walkaway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * SECURITY.md names, beside each threat, the tests that hold the defence: every one named must be a
 * real test method, so a renamed or deleted test cannot leave the page claiming a defence no test
 * checks. And no row still waits for another branch's work.
 */
class SecurityDocTest {
  private static final Path DOC = Path.of("SECURITY.md");

  /** {@code `vault.OnDiskTest#theFileRevealsNoHeaderNamesOrWords`}, under app.walkaway. */
  private static final Pattern REFERENCE = Pattern.compile("`((?:[a-z]+\\.)+[A-Z]\\w*)#(\\w+)`");

  @Test
  void everyTestNamedIsARealTestMethod() throws IOException {
    List<String> named = references();
    List<String> missing = new ArrayList<>();
    for (String reference : named) {
      if (!isTest(reference)) {
        missing.add(reference);
      }
    }

    assertThat(named).as("SECURITY.md names tests").hasSizeGreaterThan(40);
    assertThat(missing).as("named in SECURITY.md but not a test method").isEmpty();
  }

  @Test
  void noRowStillWaitsForAnotherBranch() throws IOException {
    assertThat(Files.readString(DOC)).doesNotContain("(importer branch", "not yet |");
  }

  private static List<String> references() throws IOException {
    Matcher m = REFERENCE.matcher(Files.readString(DOC));
    List<String> found = new ArrayList<>();
    while (m.find()) {
      found.add(m.group(1) + "#" + m.group(2));
    }
    return found;
  }

  private static boolean isTest(String reference) {
    String[] parts = reference.split("#");
    Class<?> type;
    try {
      type = Class.forName("app.walkaway." + parts[0]);
    } catch (ClassNotFoundException e) {
      return false;
    }
    return Arrays.stream(type.getDeclaredMethods())
        .filter(method -> method.getName().equals(parts[1]))
        .anyMatch(SecurityDocTest::isAnnotatedAsTest);
  }

  private static boolean isAnnotatedAsTest(Method method) {
    return Arrays.stream(method.getAnnotations())
        .map(a -> a.annotationType().getName())
        .anyMatch(
            name ->
                name.equals("org.junit.jupiter.api.Test")
                    || name.equals("org.junit.jupiter.params.ParameterizedTest")
                    || name.equals("org.junit.jupiter.api.RepeatedTest"));
  }
}
