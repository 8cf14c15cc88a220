package app.walkaway.web;

import app.walkaway.method.Mode;
import app.walkaway.service.ImportFiles;
import app.walkaway.service.ImportListener;
import app.walkaway.service.ImportRequest;
import app.walkaway.service.PlanRequest;
import app.walkaway.service.Plans;
import app.walkaway.service.SessionSettings;
import app.walkaway.service.VaultPlace;
import app.walkaway.service.VaultSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * An invented chat, written so its figures can be worked out by hand. Maya stepped back from Sam on
 * Sunday 1 March 2026; "now" is Wednesday 15 April 2026, 20:00 in London.
 *
 * <ul>
 *   <li>Before (from 1 October 2025): every morning at 09:00 she writes, and he answers at 12:00
 *       (three hours). Every Sunday at 20:00 he writes, and she answers at 20:02.
 *   <li>Since: she never writes first. Every evening at 21:00 he writes that he misses her; she
 *       answers at 23:00, and he answers her at 23:25 (25 minutes).
 * </ul>
 *
 * So since she stepped back he starts a conversation every day, answers in 25 minutes instead of
 * three hours, and is most often in touch on Sunday evenings.
 */
final class Story {
  static final LocalDate FIRST = LocalDate.of(2025, 10, 1);
  static final LocalDate START = LocalDate.of(2026, 3, 1);
  static final LocalDateTime NOW = LocalDateTime.of(2026, 4, 15, 20, 0);
  static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final DateTimeFormatter WHATSAPP =
      DateTimeFormatter.ofPattern("dd/MM/yyyy, HH:mm");

  /** The story without a plan: only the chat. */
  static final Story CHAT_ONLY = new Story(false, null);

  /** The chat and her soft plan from 1 March, calling him Sam. */
  static final Story WITH_PLAN = new Story(true, null);

  /** The same, and on 10 April at 23:30 he threatens her. */
  static final Story WITH_THREAT = new Story(true, LocalDate.of(2026, 4, 10));

  /** The same, but the threat came on 10 January, weeks before she stepped back. */
  static final Story OLD_THREAT = new Story(true, LocalDate.of(2026, 1, 10));

  /** What he writes in {@link #WITH_THREAT}. */
  static final String THREAT = "If you keep ignoring me I will hurt you";

  private final boolean plan;
  private final LocalDate threat;

  private Story(boolean plan, LocalDate threat) {
    this.plan = plan;
    this.threat = threat;
  }

  Clock clock() {
    return Clock.fixed(NOW.atZone(LONDON).toInstant(), LONDON);
  }

  /** The chat as a WhatsApp (Android) export, in {@code dir}. */
  static Path chat(Path dir) {
    return WITH_PLAN.export(dir);
  }

  Path export(Path dir) {
    StringBuilder chat = new StringBuilder();
    for (LocalDate day = FIRST; day.isBefore(NOW.toLocalDate()); day = day.plusDays(1)) {
      if (day.isBefore(START)) {
        line(chat, day.atTime(9, 0), "Maya", "Good morning, how are you?");
        line(chat, day.atTime(12, 0), "Sam", "Fine, busy day");
        if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
          line(chat, day.atTime(20, 0), "Sam", "Are you around tonight?");
          line(chat, day.atTime(20, 2), "Maya", "Yes, call me");
        }
      } else {
        line(chat, day.atTime(21, 0), "Sam", "I miss you");
        line(chat, day.atTime(23, 0), "Maya", "Goodnight");
        line(chat, day.atTime(23, 25), "Sam", "Sleep well, talk tomorrow?");
      }
      if (day.equals(threat)) {
        line(chat, day.atTime(23, 30), "Sam", THREAT);
      }
    }
    try {
      return Files.writeString(dir.resolve("WhatsApp Chat with Sam.txt"), chat.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void line(StringBuilder chat, LocalDateTime at, String who, String text) {
    chat.append(WHATSAPP.format(at))
        .append(" - ")
        .append(who)
        .append(": ")
        .append(text)
        .append('\n');
  }

  /** Creates the vault at {@code place} and stores the story in it, through the service. */
  void writeInto(VaultPlace place, String passphrase) {
    try (VaultSession session =
        VaultSession.create(place, passphrase.toCharArray(), SessionSettings.oneCommand())) {
      Path export = export(place.file().getParent());
      ImportFiles.run(
          session,
          new ImportRequest(List.of(export), Optional.of("Maya"), Optional.of("Sam")),
          ImportListener.NONE);
      Files.delete(export);
      if (plan) {
        Plans.start(
            session,
            new PlanRequest(START, Mode.SOFT, List.of(), List.of(), Optional.empty(), "Sam"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
