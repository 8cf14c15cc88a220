package app.walkaway.cli;

import app.walkaway.method.Item;
import app.walkaway.method.Plan;
import app.walkaway.method.Progress;
import app.walkaway.service.TodayResult;
import app.walkaway.text.RedFlagWords;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Prints where she stands today and what to do, as text or as JSON. */
final class TodayView {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private TodayView() {}

  static void text(PrintWriter out, TodayResult today) {
    Plan plan = today.plan();
    Progress p = today.progress();
    out.println(headline(plan, p));
    if (today.redFlags().safetyFirst()) {
      // Safety speaks alone (VOICE.md): what was seen, and no habit score beside it.
      out.println();
      out.println("What was seen:");
      today.redFlags().all().forEach(f -> out.println("  " + RedFlagWords.line(f)));
    } else if (p.started()) {
      out.printf(
          Locale.ROOT,
          "Clean days in a row: %d   Longest so far: %d   Days with a slip: %d%n"
              + "Habit strength: %d%% (it grows with every clean day; one slip only dents it)%n",
          p.streakDays(),
          p.longestStreakDays(),
          p.slipDays(),
          Math.round(p.score() * 100));
    }
    out.println();
    out.println("For today:");
    for (Item item : today.guidance()) {
      Wrap.print(out, "  * ", "    ", item.text());
      Wrap.print(out, "    ", "    ", item.help());
    }
  }

  static String headline(Plan plan, Progress p) {
    String mode = PlanView.modeLine(plan.mode());
    if (!p.started()) {
      long days = -p.day();
      return "Your plan starts on "
          + plan.start()
          + ", in "
          + days
          + (days == 1 ? " day" : " days")
          + ". ("
          + mode
          + ")";
    }
    if (p.day() == 0) {
      return "You started today. (" + mode + ")";
    }
    return p.day()
        + (p.day() == 1 ? " day" : " days")
        + " since you started on "
        + plan.start()
        + ". ("
        + mode
        + ")";
  }

  static void json(PrintWriter out, TodayResult today) {
    Plan plan = today.plan();
    Progress p = today.progress();
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("start", plan.start().toString());
    doc.put("mode", plan.mode().label());
    doc.put("started", p.started());
    doc.put("day", p.day());
    doc.put("streak_days", p.streakDays());
    doc.put("longest_streak_days", p.longestStreakDays());
    doc.put("slips", p.slipDays());
    doc.put("score", Math.round(p.score() * 1000) / 1000.0);
    doc.put("slip_evidence", p.slips().stream().map(TodayView::slip).toList());
    doc.put("guidance", today.guidance().stream().map(TodayView::item).toList());
    doc.put("safety_first", today.redFlags().safetyFirst());
    doc.put("red_flags", RedFlagsView.list(today.redFlags()));
    try {
      out.println(JSON.writeValueAsString(doc));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, Object> item(Item item) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", item.id());
    m.put("text", item.text());
    m.put("help", item.help());
    return m;
  }

  private static Map<String, Object> slip(app.walkaway.method.Slip slip) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("at", slip.at().toString());
    m.put("cause", slip.cause().name().toLowerCase(Locale.ROOT).replace('_', '-'));
    m.put("source", slip.source().toString());
    return m;
  }
}
