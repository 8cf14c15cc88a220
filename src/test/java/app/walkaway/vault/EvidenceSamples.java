package app.walkaway.vault;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** Evidence rows for storage tests; the seals are stand-ins (the vault does not compute them). */
final class EvidenceSamples {
  static final LocalDateTime AT = LocalDateTime.parse("2026-03-03T01:10");
  static final byte[] PHOTO = "not really a png".getBytes(StandardCharsets.UTF_8);

  private EvidenceSamples() {}

  static EvidenceRow.Facts facts(String kind, String what) {
    return new EvidenceRow.Facts(
        AT, kind, "phone", what, "+44 7700 900123", "home", "", "", "", "");
  }

  /** Entry {@code seq}, sealed with a stand-in after the previous stand-in. */
  static EvidenceRow sealed(long seq, String what, List<EvidenceRow.Attachment> files) {
    return new EvidenceRow(
        seq,
        AT.plusHours(seq),
        facts("unwanted-contact", what),
        Optional.empty(),
        Optional.empty(),
        files,
        seq == 1 ? "0".repeat(64) : seal(seq - 1),
        seal(seq));
  }

  static String seal(long seq) {
    return Long.toHexString(seq).repeat(64).substring(0, 64);
  }

  static EvidenceRow.Attachment photo() {
    return new EvidenceRow.Attachment(0, "calls.png", Digests.sha256(PHOTO), PHOTO.length);
  }
}
