package app.walkaway.importer;

import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * What an importer may need beyond the file.
 *
 * @param zone her time zone, for exports that store instants (Telegram, Meta, SMS)
 * @param them the name she gave for him, used to pick one chat out of a multi-chat export
 * @param maxUncompressedBytes cap on what is read out of a zip member (zip bombs)
 */
public record ImportOptions(ZoneId zone, Optional<String> them, long maxUncompressedBytes) {
  public static final long DEFAULT_MAX_UNCOMPRESSED = 4L * 1024 * 1024 * 1024;

  public ImportOptions {
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(them, "them");
    if (maxUncompressedBytes <= 0) {
      throw new IllegalArgumentException("maxUncompressedBytes must be positive");
    }
  }

  public static ImportOptions defaults() {
    return new ImportOptions(ZoneId.systemDefault(), Optional.empty(), DEFAULT_MAX_UNCOMPRESSED);
  }

  public ImportOptions withThem(Optional<String> name) {
    return new ImportOptions(zone, name, maxUncompressedBytes);
  }

  public ImportOptions withZone(ZoneId newZone) {
    return new ImportOptions(newZone, them, maxUncompressedBytes);
  }
}
