package app.walkaway.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rules every template keeps, so a strict Content-Security-Policy (no 'unsafe-inline') can hold and
 * every value stays escaped: no inline script, style or event handler, no unescaped output, and no
 * asset from anywhere but this app.
 */
class TemplateRulesTest {
  private static final Path TEMPLATES = Path.of("src", "main", "jte");
  private static final List<Rule> RULES =
      List.of(
          new Rule("an inline script", Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>")),
          new Rule("a style element", Pattern.compile("<style\\b")),
          new Rule("a style attribute", Pattern.compile("\\sstyle\\s*=")),
          new Rule("an inline event handler", Pattern.compile("\\son[a-z]+\\s*=")),
          new Rule("unescaped output", Pattern.compile("\\$unsafe")),
          new Rule("a javascript: URL", Pattern.compile("javascript:")),
          new Rule("an asset from elsewhere", Pattern.compile("(src|href)=\"(https?:)?//")));

  record Rule(String what, Pattern pattern) {}

  static Stream<Path> templates() throws IOException {
    List<Path> all;
    try (Stream<Path> files = Files.walk(TEMPLATES)) {
      all = files.filter(file -> file.toString().endsWith(".jte")).sorted().toList();
    }
    assertThat(all).as("templates under " + TEMPLATES).isNotEmpty();
    return all.stream();
  }

  /** A POST form's opening tag, up to its end. */
  private static final Pattern POST_FORM =
      Pattern.compile("<form[^>]*method=\"post\"[^>]*>(.*?)</form>", Pattern.DOTALL);

  @ParameterizedTest
  @MethodSource("templates")
  void everyFormThatChangesSomethingCarriesTheToken(Path template) throws IOException {
    Matcher form = POST_FORM.matcher(Files.readString(template));
    while (form.find()) {
      assertThat(form.group(1))
          .as(template + ": a POST form without the csrf field")
          .contains("@template.csrf(");
    }
  }

  @ParameterizedTest
  @MethodSource("templates")
  void keepsTheRules(Path template) throws IOException {
    String text = Files.readString(template);
    for (Rule rule : RULES) {
      assertThat(rule.pattern().matcher(text).find())
          .as(template + " has " + rule.what())
          .isFalse();
    }
  }
}
