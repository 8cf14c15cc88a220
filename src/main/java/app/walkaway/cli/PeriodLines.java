package app.walkaway.cli;

import app.walkaway.analysis.Delays;
import app.walkaway.analysis.Period;
import app.walkaway.analysis.PersonFigures;
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
    out.add(replies());
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
    OptionalDouble perWeek = period.them().initiationsPerWeek();
    String rate =
        perWeek.isPresent() && period.days() >= 7 && period.them().initiations() > 0
            ? " (" + him + ": about " + Friendly.rate(perWeek.getAsDouble()) + " a week)"
            : "";
    return "Conversations: " + startedSummary(period, him, false) + rate + ".";
  }

  /** "you started 81% of conversations (52 of 64)" or "you started none; Sam started 7". */
  static String startedSummary(Period period, String him, boolean share) {
    long total = period.conversations();
    long mine = period.me().initiations();
    long his = period.them().initiations();
    if (total == 0) {
      return "there were no conversations";
    }
    if (mine == 0) {
      return "you started none; " + him + " started " + his;
    }
    if (share || his == 0) {
      return "you started %s of conversations (%d of %d)"
          .formatted(Friendly.percent(period.me().initiationShare().orElseThrow()), mine, total);
    }
    return "you started %d, %s started %d".formatted(mine, him, his);
  }

  private String replies() {
    return "Typical reply: "
        + delay("yours", period.me())
        + "; "
        + delay(him + "'s", period.them())
        + ".";
  }

  private static String delay(String whose, PersonFigures f) {
    Delays d = f.replyDelays();
    if (d.count() == 0) {
      return whose + ": no replies within two days";
    }
    String typical = whose + " " + Friendly.minutes(d.median().orElseThrow());
    if (d.count() < AnalysisText.FEW_REPLIES) {
      return typical
          + " (only "
          + Friendly.count(d.count(), "reply", "replies")
          + ", too few to say much)";
    }
    return typical
        + " ("
        + d.count()
        + " replies, 9 in 10 within "
        + Friendly.minutes(d.p90().orElseThrow()).replace("about ", "")
        + ")";
  }

  private String unanswered() {
    long mine = period.me().unanswered();
    long his = period.them().unanswered();
    String pending = pending();
    if (mine == 0 && his == 0) {
      return "Every message got an answer within two days" + pending + ".";
    }
    return "No answer within two days: "
        + mine
        + " of your messages, "
        + his
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
