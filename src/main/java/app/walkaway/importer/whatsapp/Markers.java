package app.walkaway.importer.whatsapp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * WhatsApp's localized placeholder texts, read once from the reference tables in resources (FORMATS
 * §1.7-1.8 and reference/README.md: Android strings.xml and iOS Localizable.strings of the app).
 * Stored without their leading LRM/RLM, since bodies are compared with it removed.
 */
final class Markers {
  static final Markers INSTANCE = load();

  private static final int EXACT_KEYS = 1 << 16; // 8 KB: stays in the first-level cache

  final Set<String> media = new HashSet<>();
  final Set<String> deleted = new HashSet<>();
  final Set<String> missedCalls = new HashSet<>();
  final Set<String> liveLocation = new HashSet<>();

  /** "location: %s" and its translations: the part before the link, lower case. */
  final List<String> locationPrefixes = new ArrayList<>();

  /** "%s (file attached)" (Android) and "<attached: %@>" (iPhone) split around the file name. */
  final List<String[]> attachedTemplates = new ArrayList<>();

  /** Openings of the end-to-end encryption notices, which iPhone attributes to a person. */
  final List<String> encryptionNotices = new ArrayList<>();

  /**
   * Cheap pre-filters (first char and length) so most bodies skip the lookups entirely. Plain bit
   * arrays rather than {@link java.util.BitSet}, whose checked {@code get} is a call under C1.
   */
  private final long[] exactKeys = new long[EXACT_KEYS / 64];

  private final long[] noticeStarts = new long[(1 << 16) / 64];

  private Markers() {}

  /** False when {@code first} cannot be one of the exact placeholder texts. */
  boolean mightBeExact(String first) {
    return !first.isEmpty()
        && mightBeExact(first.charAt(0), first.charAt(first.length() - 1), first.length());
  }

  /** The same for a text known by its first and last chars and its length. */
  boolean mightBeExact(char first, char last, int length) {
    return has(exactKeys, key(first, last, length));
  }

  /** False when no notice starts with this char. */
  boolean mightBeNotice(char c) {
    return has(noticeStarts, c);
  }

  private static boolean has(long[] bits, int i) {
    return (bits[i >>> 6] & (1L << i)) != 0;
  }

  private static void set(long[] bits, int i) {
    bits[i >>> 6] |= 1L << i;
  }

  /**
   * First char, last char and length: English bodies share first chars and lengths with many
   * placeholders, but seldom all three, so nearly every body leaves here without a set lookup.
   */
  private static int key(char first, char last, int length) {
    return ((first * 131 + last) * 127 + length) & (EXACT_KEYS - 1);
  }

  private void index() {
    for (Set<String> set : List.of(media, deleted, missedCalls, liveLocation, Set.of("POLL:"))) {
      for (String text : set) {
        set(exactKeys, key(text.charAt(0), text.charAt(text.length() - 1), text.length()));
      }
    }
    for (String notice : encryptionNotices) {
      set(noticeStarts, notice.charAt(0));
    }
  }

  private static Markers load() {
    Markers m = new Markers();
    m.englishExtras();
    rows("whatsapp_android_strings.tsv", m::android);
    rows("whatsapp_ios_strings.tsv", m::iphone);
    m.index();
    return m;
  }

  /** Texts seen in real exports but missing from the tables (FORMATS §1.6-1.8). */
  private void englishExtras() {
    addAll(media, "null"); // view-once media (§1.7)
    addAll(missedCalls, "Missed video call", "Missed group voice call", "Missed group video call");
    attachedTemplates.add(new String[] {"<attached: ", ">"});
    for (String notice :
        List.of(
            "Messages and calls are end-to-end encrypted",
            "Messages to this group are now secured with end-to-end encryption",
            "Messages you send to this group are now secured",
            "Messages you send to this chat and calls are now secured",
            "This business uses a secure service from Meta",
            "This chat is with a business account",
            "Your security code with ")) {
      encryptionNotices.add(notice);
    }
  }

  private void android(String[] cols) {
    addAll(media, cell(cols, 1));
    template(cell(cols, 2), "%s");
    String location = cell(cols, 3);
    int at = location.indexOf("%s");
    if (at > 0) {
      locationPrefixes.add(location.substring(0, at).strip().toLowerCase(java.util.Locale.ROOT));
    }
    addAll(liveLocation, cell(cols, 4));
    addAll(deleted, cell(cols, 5), cell(cols, 6));
    addAll(missedCalls, cell(cols, 7), cell(cols, 8));
  }

  private void iphone(String[] cols) {
    for (int i = 1; i <= 7; i++) {
      addAll(media, cell(cols, i));
    }
    template(cell(cols, 8), "%@");
    String notice = cell(cols, 9);
    if (notice.length() > 24) {
      encryptionNotices.add(notice.substring(0, 24));
    }
    addAll(deleted, cell(cols, 10), cell(cols, 11));
    addAll(missedCalls, cell(cols, 12));
  }

  private void template(String text, String hole) {
    int at = text.indexOf(hole);
    if (at >= 0) {
      attachedTemplates.add(
          new String[] {text.substring(0, at), text.substring(at + hole.length())});
    }
  }

  /** Adds each text as written and without a trailing period (iPhone adds one, Android not). */
  private static void addAll(Set<String> set, String... texts) {
    for (String text : texts) {
      if (!text.isEmpty()) {
        set.add(text);
        set.add(text.endsWith(".") ? text.substring(0, text.length() - 1) : text + ".");
      }
    }
  }

  private static String cell(String[] cols, int i) {
    if (i >= cols.length) {
      return "";
    }
    String text =
        cols[i].replace("\\u200e", "").replace("\\u200f", "").replace("\\u00a0", "\u00A0");
    return text.strip();
  }

  private static void rows(String resource, Consumer<String[]> row) {
    try (InputStream in = Markers.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      reader.readLine(); // column names
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        row.accept(line.split("\t", -1));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
