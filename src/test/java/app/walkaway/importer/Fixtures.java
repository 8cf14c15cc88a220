package app.walkaway.importer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Test fixtures under src/test/resources, and a short summary of what an import found. */
public final class Fixtures {
  public static final ZoneId LONDON = ZoneId.of("Europe/London");

  private Fixtures() {}

  public static Path path(String resource) {
    try {
      var url = Fixtures.class.getResource("/" + resource);
      if (url == null) {
        throw new IllegalArgumentException("no test resource " + resource);
      }
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  public static ImportOptions options(String them) {
    return ImportOptions.defaults().withZone(LONDON).withThem(Optional.ofNullable(them));
  }

  public static ImportedFile read(String resource, String them) {
    return Importers.read(path(resource), options(them));
  }

  /** Zips a folder (members named relative to it) into {@code zip}. */
  public static Path zip(Path folder, Path zip) {
    try (OutputStream file = Files.newOutputStream(zip);
        ZipOutputStream out = new ZipOutputStream(file);
        Stream<Path> files = Files.walk(folder)) {
      for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
        out.putNextEntry(new ZipEntry(folder.relativize(p).toString().replace('\\', '/')));
        out.write(Files.readAllBytes(p));
        out.closeEntry();
      }
      return zip;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * What an import found, in the terms the corpus checks.
   *
   * @param perPerson entries per author display name
   */
  public record Summary(
      int entries, Map<String, Long> perPerson, LocalDateTime first, LocalDateTime last) {
    public static Summary of(List<Entry> entries) {
      Map<String, Long> per =
          entries.stream()
              .collect(
                  Collectors.groupingBy(
                      e -> e.author().name(), TreeMap::new, Collectors.counting()));
      LocalDateTime first =
          entries.stream().map(Entry::at).min(LocalDateTime::compareTo).orElse(null);
      LocalDateTime last =
          entries.stream().map(Entry::at).max(LocalDateTime::compareTo).orElse(null);
      return new Summary(entries.size(), per, first, last);
    }
  }
}
