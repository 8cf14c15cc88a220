package app.walkaway.cli;

import app.walkaway.analysis.Delays;
import app.walkaway.analysis.Period;
import app.walkaway.analysis.PersonFigures;
import app.walkaway.text.Durations;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/** The few plain sentences that describe one period. */
final class PeriodLines {
  private final Period period;
  private final String him;

  PeriodLines(Period period, String him) {
    this.period = period;
    this.him = him;
  }

  List<String> lines() {
    List<String> out = new ArrayList<>();
    out.add(conversations());
    if (period.conversations() == 0) {
      return out;
    }
    out.add(delay("Your typical reply", period.me()));
    out.add(delay(Friendly.capitalized(him) + "'s typical reply", period.them()));
    out.add(unanswered());
    doubleTexts().ifPresent(out::add);
    if (period.conversations() < AnalysisText.FEW_CONVERSATIONS) {
      out.add(
          "That is only "
              + Friendly.count(period.conversations(), "conversation", "conversations")
              + ": read it as a first hint, not a pattern.");
    }
    return out;
  }

  private String conversations() {
    if (period.conversations() == 0) {
      return "No conversations: neither of you wrote.";
    }
    return "Conversations: " + startedSummary(period, him, true) + weekly() + ".";
  }

  /** " (about 1.5 a week)" after his count, for periods long enough for a weekly rate. */
  private String weekly() {
    OptionalDouble perWeek = period.them().initiationsPerWeek();
    return perWeek.isPresent() && period.days() >= 7 && period.them().initiations() > 0
        ? " (about " + Friendly.rate(perWeek.getAsDouble()) + " a week)"
        : "";
  }

  /**
   * "you started 51 of 57 (89%), Sam started 6", or "you started none; Sam started 7". With {@code
   * inShort}, the share comes first: "you started 89% of conversations (51 of 57)".
   */
  static String startedSummary(Period period, String him, boolean detailed) {
    long total = period.conversations();
    long mine = period.me().initiations();
    long his = period.them().initiations();
    if (total == 0) {
      return "there were no conversations";
    }
    if (mine == 0) {
      return "you started none; " + him + " started " + his;
    }
    String share = Friendly.percent(period.me().initiationShare().orElseThrow());
    if (!detailed) {
      return "you started %s of conversations (%d of %d)".formatted(share, mine, total);
    }
    return "you started %d of %d (%s), %s started %d".formatted(mine, total, share, him, his);
  }

  private static String delay(String whose, PersonFigures f) {
    Delays d = f.replyDelays();
    if (d.count() == 0) {
      return whose + ": none within two days.";
    }
    String typical = whose + ": " + Durations.about(d.median().orElseThrow());
    if (d.count() < AnalysisText.FEW_REPLIES) {
      return typical
          + " (only "
          + Friendly.count(d.count(), "reply", "replies")
          + ", too few to say much).";
    }
    return typical
        + " ("
        + d.count()
        + " replies; 9 in 10 within "
        + Durations.about(d.p90().orElseThrow()).replace("about ", "")
        + ").";
  }

  private String unanswered() {
    long mine = period.me().unanswered();
    long his = period.them().unanswered();
    String pending = pending();
    if (mine == 0 && his == 0) {
      return "Every message that waited for an answer got one within two days" + pending + ".";
    }
    return "Left without an answer for two days: "
        + (mine == 0 ? "none of your messages" : mine + " of your messages")
        + ", "
        + (his == 0 ? "none" : his)
        + " of "
        + him
        + "'s"
        + pending
        + ".";
  }

  private String pending() {
    long waiting = period.me().pending() + period.them().pending();
    return waiting == 0
        ? ""
        : " (" + Friendly.count(waiting, "message is", "messages are") + " too recent to tell)";
  }

  private Optional<String> doubleTexts() {
    long mine = period.me().doubleTexts();
    long his = period.them().doubleTexts();
    if (mine == 0 && his == 0) {
      return Optional.empty();
    }
    return Optional.of(
        "Wrote again while still waiting for an answer: you "
            + (mine == 0 ? "never" : Friendly.times(mine))
            + ", "
            + him
            + " "
            + (his == 0 ? "never" : Friendly.times(his))
            + ".");
  }
}
