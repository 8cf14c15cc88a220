package app.walkaway.safety.evidence;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One sealed entry of the chain.
 *
 * @param seq its number, from 1, in the order entries were recorded
 * @param recordedAt when it was recorded, to the second
 * @param incident what it records
 * @param prevHash the seal of the entry before ({@link Chain#GENESIS} for the first), or "" while
 *     an entry carried over from an earlier Walkaway or restored from an export awaits its seal
 * @param hash its seal: SHA-256 over the previous seal and its {@link Canonical} encoding, or ""
 *     while it awaits its seal
 */
public record Entry(
    long seq, LocalDateTime recordedAt, Incident incident, String prevHash, String hash) {
  public Entry {
    Objects.requireNonNull(recordedAt, "recordedAt");
    Objects.requireNonNull(incident, "incident");
    Objects.requireNonNull(prevHash, "prevHash");
    Objects.requireNonNull(hash, "hash");
  }

  public boolean isSealed() {
    return !hash.isEmpty();
  }
}
