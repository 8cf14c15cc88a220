package app.walkaway.cli;

import app.walkaway.analysis.Delays;
import app.walkaway.analysis.Figures;
import app.walkaway.analysis.Period;
import app.walkaway.analysis.PeriodName;
import app.walkaway.analysis.PersonFigures;
import app.walkaway.importer.Cast;
import app.walkaway.importer.LoadedChat;
import app.walkaway.importer.Participant;
import app.walkaway.text.Durations;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** The human summary of {@code walkaway analyze}: short, plain, honest about thin evidence. */
final class AnalysisText {
  /** Fewer conversations than this and the figures are a hint, not a pattern. */
  static final int FEW_CONVERSATIONS = 5;

  /** Fewer replies than this and a typical delay means little. */
  static final int FEW_REPLIES = 3;

  /** How he is named when he never wrote in the chat (a chat only she wrote in). */
  static final String NOBODY = "the other person";

  private final LoadedChat chat;
  private final Figures figures;
  private final String him;
  private final LocalDate today;
  private final List<String> lines = new ArrayList<>();

  private AnalysisText(LoadedChat chat, Cast cast, Figures figures) {
    this.chat = chat;
    this.figures = figures;
    this.him = cast.them().map(Participant::name).orElse(NOBODY);
    this.today = figures.settings().now().toLocalDate();
  }

  static String render(LoadedChat chat, Cast cast, Figures figures) {
    AnalysisText text = new AnalysisText(chat, cast, figures);
    text.header();
    for (Period period : figures.periods()) {
      if (figures.before().isEmpty() || period.name() != PeriodName.ALL) {
        text.period(period);
      }
    }
    text.silence();
    figures.before().ifPresent(before -> text.inShort(before, figures.after().orElseThrow()));
    text.lines.add("");
    text.lines.add(
        "These figures count only what is in this chat: calls elsewhere, meetings and other apps are"
            + " not in them.");
    return String.join(System.lineSeparator(), text.lines) + System.lineSeparator();
  }

  private void header() {
    LocalDateTime first = chat.first();
    LocalDateTime last = chat.last();
    lines.add(
        "Your chat with %s: %s from %s to %s."
            .formatted(
                him,
                Friendly.count(chat.size(), "message", "messages"),
                Friendly.day(first.toLocalDate(), today),
                Friendly.day(last.toLocalDate(), today)));
    files();
    leftOut();
  }

  private void files() {
    for (LoadedChat.ReadFile file : chat.files()) {
      lines.add(
          "  Read %s: %s, %s."
              .formatted(
                  file.report().origin(),
                  file.report().format(),
                  Friendly.count(file.entries(), "message", "messages")));
      file.report().notes().forEach(note -> lines.add("    " + note));
    }
  }

  private void leftOut() {
    if (chat.duplicates() > 0) {
      lines.add(
          "  %s in more than one file, counted once."
              .formatted(Friendly.count(chat.duplicates(), "message was", "messages were")));
    }
    if (figures.afterNow() > 0) {
      lines.add(
          "  %s after %s left out (--now)."
              .formatted(
                  Friendly.count(figures.afterNow(), "message", "messages"),
                  Friendly.dayTime(figures.settings().now(), today)));
    }
  }

  private void period(Period period) {
    lines.add("");
    lines.add(title(period) + ":");
    PeriodLines body = new PeriodLines(period, him);
    body.lines().forEach(line -> lines.add("  " + line));
  }

  private String title(Period period) {
    String span = Friendly.span(period.days());
    return switch (period.name()) {
      case ALL -> "Over the whole chat (" + span + ")";
      case BEFORE -> "Before " + startDay() + " (" + span + ")";
      case AFTER ->
          "Since "
              + startDay()
              + " ("
              + span
              + ", up to "
              + Friendly.dayTime(period.to(), today)
              + ")";
    };
  }

  private void silence() {
    PersonFigures them = figures.all().them();
    if (them.lastMessage().isEmpty()) {
      lines.add("  " + Friendly.capitalized(him) + " has not written in this chat at all.");
      return;
    }
    LocalDateTime last = them.lastMessage().get();
    long days = Duration.between(last, figures.settings().now()).toDays();
    String ago = days == 0 ? "within the last day" : Friendly.count(days, "day", "days") + " ago";
    lines.add(
        "  %s last wrote on %s, %s."
            .formatted(Friendly.capitalized(him), Friendly.day(last.toLocalDate(), today), ago));
  }

  private void inShort(Period before, Period after) {
    lines.add("");
    lines.add(
        "In short: before, %s. Since %s: %s."
            .formatted(
                PeriodLines.startedSummary(before, him, false),
                startDay(),
                PeriodLines.startedSummary(after, him, false)));
    Delays was = before.them().replyDelays();
    Delays now = after.them().replyDelays();
    if (was.count() >= FEW_REPLIES && now.count() >= FEW_REPLIES) {
      lines.add(
          "%s's typical reply took %s before and %s since."
              .formatted(
                  Friendly.capitalized(him),
                  Durations.about(was.median().orElseThrow()),
                  Durations.about(now.median().orElseThrow())));
    }
  }

  private String startDay() {
    return Friendly.day(figures.settings().start().orElseThrow(), today);
  }
}
