package app.walkaway.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicLong;

/** Real vault files and real exports for the service tests: no fakes of our own storage. */
final class Vaults {
  static final String PASSPHRASE = "lanterns over the harbour";
  private static final DateTimeFormatter WHATSAPP =
      DateTimeFormatter.ofPattern("dd/MM/yyyy, HH:mm");

  private Vaults() {}

  static char[] passphrase() {
    return PASSPHRASE.toCharArray();
  }

  /** A ticker the test moves by hand. */
  static final class Ticker {
    final AtomicLong nanos = new AtomicLong(1_000);

    long read() {
      return nanos.get();
    }

    void advance(Duration by) {
      nanos.addAndGet(by.toNanos());
    }
  }

  static SessionSettings settings(Ticker ticker, Duration idleLock) {
    return new SessionSettings(idleLock, ticker::read);
  }

  static VaultSession create(Path home) {
    return VaultSession.create(VaultPlace.in(home), passphrase(), SessionSettings.oneCommand());
  }

  /**
   * A WhatsApp (Android) export of {@code n} messages from {@code first} on, one every {@code
   * step}, Maya and Sam taking turns (Sam first); each text is unique to {@code tag}.
   */
  static Path whatsApp(Path dir, String tag, LocalDateTime first, Duration step, int n) {
    StringBuilder chat = new StringBuilder();
    for (int i = 0; i < n; i++) {
      LocalDateTime at = first.plus(step.multipliedBy(i));
      String who = i % 2 == 0 ? "Sam" : "Maya";
      chat.append(WHATSAPP.format(at))
          .append(" - ")
          .append(who)
          .append(": ")
          .append(tag)
          .append(" message ")
          .append(i)
          .append(i % 7 == 0 ? ", are you there?" : "")
          .append('\n');
    }
    try {
      return Files.writeString(dir.resolve(tag + ".txt"), chat.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
