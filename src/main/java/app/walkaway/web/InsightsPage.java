package app.walkaway.web;

import app.walkaway.analysis.Delays;
import app.walkaway.analysis.Settings;
import app.walkaway.method.Plan;
import app.walkaway.service.InsightSeries;
import app.walkaway.service.Insights;
import app.walkaway.service.InsightsQuery;
import app.walkaway.service.Plans;
import app.walkaway.service.VaultSession;
import app.walkaway.text.Him;
import app.walkaway.text.InsightWords;
import app.walkaway.web.view.InsightsView;
import app.walkaway.web.view.Section;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Insights: who starts the conversations week by week, how fast each answers before and since, a
 * calendar of his contact, and when in the week it comes. Each picture has its reading above it and
 * its table behind "Show as table". The numbers are the service's; this page only lays them out.
 * They are counted from her first event (the service's in-memory columns make that a few
 * milliseconds for a million events), so weeks before her chat began never dilute "before".
 */
final class InsightsPage {
  private final Kit kit;

  InsightsPage(Kit kit) {
    this.kit = kit;
  }

  void show(Context ctx) {
    VaultSession session = kit.session();
    LocalDate today = kit.today();
    Optional<LocalDate> start = Plans.find(session).map(Plan::start);
    InsightSeries series =
        Insights.of(
            session, new InsightsQuery(start, Optional.empty(), kit.now(), Settings.DEFAULT_GAP));
    if (series.days().stream().allMatch(d -> d.her() == 0 && d.him() == 0)) {
      kit.render(
          ctx,
          "nothing-yet.jte",
          Map.of(
              "shell",
              kit.at(Section.INSIGHTS),
              "title",
              "Insights",
              "line",
              "There is nothing to draw yet. Import your chat with him, or log what happens, and"
                  + " the pictures appear here."));
      return;
    }
    kit.render(
        ctx,
        "insights.jte",
        Map.of(
            "shell",
            kit.at(Section.INSIGHTS),
            "insights",
            view(series, today, start, kit.him(session))));
  }

  static InsightsView view(
      InsightSeries series, LocalDate today, Optional<LocalDate> start, Him him) {
    Map<LocalDate, Integer> his = new HashMap<>();
    long hisTotal = 0;
    long herTotal = 0;
    for (InsightSeries.Day day : series.days()) {
      his.put(day.day(), day.him());
      hisTotal += day.him();
      herTotal += day.her();
    }
    LocalDate first = series.days().isEmpty() ? today : series.days().get(0).day();
    Optional<LocalDate> started = start.filter(day -> !day.isAfter(today));
    return new InsightsView(
        InsightWords.lead(first, today, hisTotal, herTotal, him),
        WeeklyStarts.of(weeks(series), started, him),
        ReplyDelays.of(periods(series.replies()), him),
        "When " + him.inSentence() + " was in touch",
        CalendarLayout.of(his, today, started, him),
        HourGridLayout.of(series.hisHours().counts(), him));
  }

  private static List<WeeklyStarts.Week> weeks(InsightSeries series) {
    List<WeeklyStarts.Week> weeks = new ArrayList<>(series.weeks().size());
    for (InsightSeries.Week week : series.weeks()) {
      weeks.add(new WeeklyStarts.Week(week.monday(), week.her(), week.him()));
    }
    return weeks;
  }

  private static List<ReplyDelays.Period> periods(InsightSeries.Replies replies) {
    if (replies.hisSince().isEmpty()) {
      return List.of(
          new ReplyDelays.Period(
              "Over everything", replies.herBefore().median(), replies.hisBefore().median()));
    }
    return List.of(
        new ReplyDelays.Period(
            "Before you stepped back", replies.herBefore().median(), replies.hisBefore().median()),
        new ReplyDelays.Period(
            "Since",
            replies.herSince().map(Delays::median).orElseThrow(),
            replies.hisSince().map(Delays::median).orElseThrow()));
  }
}
