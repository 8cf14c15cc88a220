package app.walkaway.vault;

import app.walkaway.event.Event;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A stable identity for an event across re-imports: who, kind, the time truncated to the minute
 * (exports of the same chat disagree on seconds: WhatsApp often writes none) and the text. 64 bits
 * of SHA-256: two different events collide with odds of about 1 in 10^7 even at a million events.
 */
final class Fingerprint {
  private final MessageDigest sha256;

  Fingerprint() {
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  long of(Event event) {
    long minute = Math.floorDiv(Times.toSeconds(event.at()), 60);
    sha256.update(event.who().name().getBytes(StandardCharsets.US_ASCII));
    sha256.update((byte) 0);
    sha256.update(event.kind().name().getBytes(StandardCharsets.US_ASCII));
    sha256.update((byte) 0);
    sha256.update(ByteBuffer.allocate(Long.BYTES).putLong(minute).array());
    sha256.update(event.text().getBytes(StandardCharsets.UTF_8));
    return ByteBuffer.wrap(sha256.digest()).getLong();
  }
}
