package app.walkaway.vault;

import app.walkaway.event.Event;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A stable identity for an event across re-imports: who, kind, the time truncated to the minute
 * (exports of the same chat disagree on seconds: WhatsApp often writes none) and the text.
 *
 * <p>Layout: the minute since 1970 in the high 31 bits, then 33 bits of SHA-256 over who, kind and
 * text. Why: with the minute first, an import (which runs in time order) appends to the unique
 * index instead of writing all over it; a purely random 64-bit key tripled the cost of storing a
 * million events. Two different events share an identity only if they fall in the same minute and
 * collide in 33 bits: about 1 in 8 billion per pair.
 */
final class Fingerprint {
  private static final int HASH_BITS = 33;
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
    sha256.update(event.text().getBytes(StandardCharsets.UTF_8));
    long hash = ByteBuffer.wrap(sha256.digest()).getLong() >>> (Long.SIZE - HASH_BITS);
    return (minute << HASH_BITS) | hash;
  }
}
