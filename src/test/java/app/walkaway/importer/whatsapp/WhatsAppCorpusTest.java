package app.walkaway.importer.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;

import app.walkaway.event.Kind;
import app.walkaway.importer.Entry;
import app.walkaway.importer.ImportOptions;
import app.walkaway.importer.ImportedFile;
import app.walkaway.importer.Importers;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every header layout of FORMATS §1.2, one invented export each under whatsapp/corpus, read through
 * {@link Importers} as a user's file would be, against its .expect file.
 */
class WhatsAppCorpusTest {
  /** Files without years take the year the file was last changed; pin it for the fixtures. */
  static final Instant MODIFIED = Instant.parse("2014-06-01T12:00:00Z");

  @TempDir Path dir;

  static Stream<Arguments> corpus() throws IOException, URISyntaxException {
    Path root = Path.of(WhatsAppCorpusTest.class.getResource("/whatsapp/corpus").toURI());
    try (Stream<Path> files = Files.list(root)) {
      List<Path> expects = files.filter(p -> p.toString().endsWith(".expect")).sorted().toList();
      return expects.stream().map(p -> Arguments.of(load(p).getProperty("name"), p));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void readsTheLayout(String name, Path expectFile) throws IOException {
    Properties expect = load(expectFile);
    String txt = expectFile.getFileName().toString().replace(".expect", ".txt");
    Path input = dir.resolve(txt);
    Files.copy(expectFile.resolveSibling(txt), input);
    Files.setLastModifiedTime(input, FileTime.from(MODIFIED));

    ImportedFile file = Importers.read(input, ImportOptions.defaults());
    List<Entry> entries = file.entries();

    assertThat(entries).hasSize(Integer.parseInt(expect.getProperty("entries")));
    assertThat(file.report().entries()).isEqualTo(entries.size());
    assertThat(file.report().systemLines())
        .as("system lines")
        .isEqualTo(Long.parseLong(expect.getProperty("system")));
    assertThat(authorCounts(entries)).isEqualTo(counts(expect.getProperty("authors")));
    assertThat(entries.get(0).at()).isEqualTo(LocalDateTime.parse(expect.getProperty("first")));
    assertThat(entries.get(entries.size() - 1).at())
        .isEqualTo(LocalDateTime.parse(expect.getProperty("last")));
    assertThat(kindCounts(entries)).isEqualTo(counts(expect.getProperty("kinds")));
    assertOrderNote(expect.getProperty("order"), file.report().notes());
    assertThat(entries).allSatisfy(e -> assertThat(e.source().origin()).isEqualTo(txt));
  }

  private static void assertOrderNote(String order, List<String> notes) {
    if (order.equals("none")) {
      assertThat(notes).noneMatch(n -> n.startsWith("Dates read as"));
    } else {
      assertThat(String.join("\n", notes)).contains(order);
    }
  }

  private static Map<String, Integer> authorCounts(List<Entry> entries) {
    return entries.stream()
        .collect(Collectors.toMap(e -> e.author().name(), e -> 1, Integer::sum, TreeMap::new));
  }

  private static Map<String, Integer> kindCounts(List<Entry> entries) {
    return entries.stream()
        .filter(e -> e.kind() != Kind.MESSAGE)
        .collect(Collectors.toMap(e -> e.kind().name(), e -> 1, Integer::sum, TreeMap::new));
  }

  static Map<String, Integer> counts(String spec) {
    Map<String, Integer> out = new LinkedHashMap<>();
    if (!spec.isBlank()) {
      for (String pair : spec.split(",")) {
        int eq = pair.lastIndexOf('=');
        out.put(pair.substring(0, eq), Integer.parseInt(pair.substring(eq + 1)));
      }
    }
    return new TreeMap<>(out);
  }

  static Properties load(Path p) {
    Properties props = new Properties();
    try (InputStream in = Files.newInputStream(p)) {
      props.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return props;
  }
}
