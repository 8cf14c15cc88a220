package app.walkaway.safety.help;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The help numbers shipped with Walkaway ({@code help-lines.json} beside this class), checked when
 * read: every line has a number and an official source with the date it was read, and every country
 * has an emergency number.
 */
public final class HelpDirectory {
  static final String RESOURCE = "help-lines.json";
  static final String EU = "EU";

  private static volatile HelpDirectory shipped;

  private final List<HelpLine> lines;
  private final Set<String> euMembers;

  HelpDirectory(List<HelpLine> lines, Set<String> euMembers) {
    this.lines = List.copyOf(lines);
    this.euMembers = Set.copyOf(euMembers);
  }

  /** The directory shipped with Walkaway, read once. */
  public static HelpDirectory load() {
    HelpDirectory loaded = shipped;
    if (loaded == null) {
      try (InputStream in = HelpDirectory.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(RESOURCE + " is missing from the build");
        }
        loaded = HelpReader.read(in, RESOURCE);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      shipped = loaded;
    }
    return loaded;
  }

  /** Every line, in the file's order. */
  public List<HelpLine> all() {
    return lines;
  }

  /** The countries with numbers, sorted (EU-wide numbers are not a country). */
  public Set<String> countries() {
    Set<String> countries = new TreeSet<>();
    lines.stream().map(HelpLine::country).filter(c -> !EU.equals(c)).forEach(countries::add);
    return countries;
  }

  /** The lines for {@code country} (an ISO code; "UK" is read as GB), if it has any. */
  public Optional<CountryHelp> find(String country) {
    String code = normalize(country);
    List<HelpLine> own = lines.stream().filter(l -> l.country().equals(code)).toList();
    if (own.isEmpty() || EU.equals(code)) {
      return Optional.empty();
    }
    List<HelpLine> emergency = new ArrayList<>();
    List<HelpLine> support = new ArrayList<>();
    own.forEach(l -> (l.isEmergency() ? emergency : support).add(l));
    if (euMembers.contains(code)) {
      addShared(own, emergency, support);
    }
    return Optional.of(new CountryHelp(code, emergency, support));
  }

  /** Like {@link #find} but says which countries there are when it has none. */
  public CountryHelp require(String country) {
    return find(country)
        .orElseThrow(
            () ->
                new HelpException(
                    "no help numbers are kept for '"
                        + country
                        + "' (there are numbers for "
                        + String.join(", ", countries())
                        + ")"));
  }

  /** EU-wide lines whose numbers the country does not already list (Germany's 116 016). */
  private void addShared(List<HelpLine> own, List<HelpLine> emergency, List<HelpLine> support) {
    Set<String> listed = new TreeSet<>();
    own.forEach(l -> l.numbers().forEach(n -> listed.add(n.digits())));
    for (HelpLine shared : lines) {
      boolean isNew = shared.numbers().stream().noneMatch(n -> listed.contains(n.digits()));
      if (EU.equals(shared.country()) && isNew) {
        (shared.isEmergency() ? emergency : support).add(shared);
      }
    }
  }

  static String normalize(String country) {
    String code = country.strip().toUpperCase(Locale.ROOT);
    return code.equals("UK") ? "GB" : code;
  }
}
