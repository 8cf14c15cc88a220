package app.walkaway.safety.evidence;

import java.util.Objects;

/**
 * A file kept with an entry, by its SHA-256; the bytes themselves are stored in the vault.
 *
 * @param position its place among the entry's attachments, from 0
 * @param name the file's name as she gave it
 * @param sha256 the SHA-256 of its bytes, or "" for a name alone (kept by an earlier Walkaway that
 *     stored names, not files)
 * @param size its size in bytes
 */
public record AttachmentRef(int position, String name, String sha256, long size) {
  public AttachmentRef {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(sha256, "sha256");
  }

  public boolean isNameOnly() {
    return sha256.isEmpty();
  }
}
