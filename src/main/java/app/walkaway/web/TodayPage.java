package app.walkaway.web;

import app.walkaway.event.Kind;
import app.walkaway.method.Item;
import app.walkaway.method.Progress;
import app.walkaway.method.Slip;
import app.walkaway.readout.Readout;
import app.walkaway.service.LogEvent;
import app.walkaway.service.LogRequest;
import app.walkaway.service.ReadOut;
import app.walkaway.service.ReadoutRequest;
import app.walkaway.service.ServiceException;
import app.walkaway.service.Timeline;
import app.walkaway.service.TimelinePage;
import app.walkaway.service.TimelineQuery;
import app.walkaway.service.Today;
import app.walkaway.service.TodayResult;
import app.walkaway.service.VaultSession;
import app.walkaway.text.Him;
import app.walkaway.text.PageWords;
import app.walkaway.text.ReadoutWords;
import app.walkaway.text.TodayWords;
import app.walkaway.web.view.FieldProblems;
import app.walkaway.web.view.Guide;
import app.walkaway.web.view.Section;
import app.walkaway.web.view.TodayView;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Today: how long it has been, her clean days and the habit's strength as a picture with one line,
 * today's guidance, one-tap logging, and the box for what she wants to text him. When anything
 * points to danger the page shows the safety steps alone (VOICE.md rule 4). Forms post and come
 * back here; with htmx the page swaps in the fresh part instead of reloading.
 */
final class TodayPage {
  static final String PATH = "/today";
  static final String LOG = "/today/log";
  static final String URGE = "/today/urge";
  static final String URGE_FIELD = "urge";

  /** The one-tap buttons, in the order she sees them. */
  static final List<Kind> ONE_TAP =
      List.of(Kind.MESSAGE, Kind.CALL, Kind.STORY_VIEW, Kind.VISIT, Kind.SLIP);

  /** A draft of an urge: a long message, not a document. */
  static final int MAX_URGE = 10_000;

  /** The picture shows her last four weeks. */
  static final int DAYS_SHOWN = 28;

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
  private final Kit kit;

  TodayPage(Kit kit) {
    this.kit = kit;
  }

  void show(Context ctx) {
    render(ctx, FieldProblems.NONE);
  }

  void log(Context ctx) {
    Optional<Kind> kind =
        Optional.ofNullable(ctx.formParam("kind"))
            .flatMap(Kind::fromLabel)
            .filter(ONE_TAP::contains);
    if (kind.isEmpty()) {
      ctx.redirect(PATH, HttpStatus.SEE_OTHER);
      return;
    }
    VaultSession session = kit.session();
    LocalDateTime now = kit.now();
    LogEvent.log(session, LogRequest.of(kind.get()).at(now), now);
    kit.notices().put(TodayWords.noted(kind.get(), kit.him(session), TIME.format(now)));
    ctx.redirect(PATH + "#log", HttpStatus.SEE_OTHER);
  }

  void urge(Context ctx) {
    String text = Optional.ofNullable(ctx.formParam(URGE_FIELD)).orElse("").strip();
    if (text.isEmpty() || text.length() > MAX_URGE) {
      String problem =
          text.isEmpty()
              ? "Write what you want to say first. It stays here; nothing is sent."
              : "That is longer than " + MAX_URGE + " characters. Keep the part that matters most.";
      render(ctx, new FieldProblems(Map.of(URGE_FIELD, problem), Map.of(URGE_FIELD, text)));
      return;
    }
    VaultSession session = kit.session();
    LocalDateTime now = kit.now();
    LogEvent.log(session, LogRequest.of(Kind.URGE).at(now).text(text), now);
    kit.notices().put(TodayWords.noted(Kind.URGE, kit.him(session), TIME.format(now)));
    ctx.redirect(PATH + "#urge-box", HttpStatus.SEE_OTHER);
  }

  private void render(Context ctx, FieldProblems urge) {
    VaultSession session = kit.session();
    Him him = kit.him(session);
    Optional<TodayResult> today = today(session);
    List<Guide> guidance =
        today.map(t -> t.guidance().stream().map(TodayPage::guide).toList()).orElse(List.of());
    boolean safety = today.filter(TodayResult::safetyFirst).isPresent();
    if (!safety && today.filter(t -> t.progress().started()).isPresent()) {
      Optional<List<Guide>> readout = readoutSafety(session);
      safety = readout.isPresent();
      guidance = readout.orElse(guidance);
    }
    TodayView view =
        new TodayView(
            safety ? Optional.empty() : today.map(t -> standing(t, kit.today())),
            safety,
            guidance,
            ONE_TAP.stream()
                .map(k -> new TodayView.LogButton(k.label(), TodayWords.button(k, him)))
                .toList(),
            kit.notices().take(),
            urge,
            "I want to text " + him.object(),
            "What you want to say to " + him.object(),
            safety ? List.of() : kept(session));
    kit.render(ctx, "today.jte", Map.of("shell", kit.at(Section.TODAY), "today", view));
  }

  private Optional<TodayResult> today(VaultSession session) {
    try {
      return Optional.of(Today.run(session, kit.clock().instant(), kit.clock().getZone()));
    } catch (ServiceException e) {
      if (e.problem() == ServiceException.Problem.NO_PLAN) {
        return Optional.empty();
      }
      throw e;
    }
  }

  /**
   * The read-out's safety steps when it points to danger. It also weighs what is older than her
   * plan (a threat before she started still counts), which today's own guidance does not.
   */
  private Optional<List<Guide>> readoutSafety(VaultSession session) {
    try {
      Readout readout =
          ReadOut.run(session, new ReadoutRequest(Optional.empty(), kit.now(), Optional.empty()))
              .reading()
              .readout();
      if (!readout.safetyFirst()) {
        return Optional.empty();
      }
      return Optional.of(
          ReadoutWords.safety(readout).stream().map(line -> new Guide(line, "")).toList());
    } catch (ServiceException e) {
      return Optional.empty(); // no read-out yet: nothing it could point to
    }
  }

  private static Guide guide(Item item) {
    Item shown = PageWords.forPage(item);
    return new Guide(shown.text(), shown.help());
  }

  static TodayView.Standing standing(TodayResult today, LocalDate date) {
    Progress p = today.progress();
    return new TodayView.Standing(
        TodayWords.headline(today.plan().start(), p),
        TodayWords.mode(today.plan().mode()),
        p.started() ? TodayWords.streak(p) : "",
        p.started() ? TodayWords.strength(p.score()) : "",
        (int) Math.round(p.score() * 100),
        p.started() ? days(today.plan().start(), date, p) : List.of());
  }

  /** Her last days since the start, at most four weeks, each clean, a slip, or today. */
  private static List<TodayView.Day> days(LocalDate start, LocalDate today, Progress p) {
    Set<LocalDate> slips = new HashSet<>();
    for (Slip slip : p.slips()) {
      slips.add(slip.at().toLocalDate());
    }
    LocalDate first = today.minusDays(DAYS_SHOWN - 1L);
    if (first.isBefore(start)) {
      first = start;
    }
    List<TodayView.Day> days = new ArrayList<>();
    int i = 0;
    for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1), i++) {
      String state = slips.contains(day) ? "slip" : day.equals(today) ? "today" : "clean";
      String title =
          Dates.day(day)
              + (state.equals("slip")
                  ? ": a slip"
                  : state.equals("today") ? ": today" : ": a clean day");
      days.add(new TodayView.Day(i * 14, state, title));
    }
    return days;
  }

  /** The drafts she kept lately: the newest three. */
  private List<TodayView.Kept> kept(VaultSession session) {
    TimelinePage page =
        Timeline.page(session, TimelineQuery.all().withKinds(Set.of(Kind.URGE)).pageSize(3));
    return page.items().stream()
        .map(item -> new TodayView.Kept(Dates.moment(item.event().at()), item.event().text()))
        .toList();
  }
}
