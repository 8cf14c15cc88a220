package app.walkaway.web;

import app.walkaway.event.Actor;
import app.walkaway.event.Kind;
import app.walkaway.service.Timeline;
import app.walkaway.service.TimelinePage;
import app.walkaway.service.TimelineQuery;
import app.walkaway.service.VaultSession;
import app.walkaway.text.EventWords;
import app.walkaway.text.Him;
import app.walkaway.text.RedFlagWords;
import app.walkaway.web.view.Option;
import app.walkaway.web.view.Section;
import app.walkaway.web.view.TimelineView;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Timeline: imported and logged events together, newest first, a page at a time, filtered by kind,
 * by whose, by period, or to red flags alone. The filter is in the address (a kind, dates, a page
 * number: never a message's words), so Back and a bookmark work; the service counts over its
 * in-memory columns and reads only the page's own events.
 */
final class TimelineRoute {
  static final String PATH = "/timeline";

  /** A page number beyond any real timeline: what a hand-made address could ask for. */
  static final int MAX_PAGE = 1_000_000;

  private final Kit kit;

  TimelineRoute(Kit kit) {
    this.kit = kit;
  }

  /** What the address asks for, read leniently: anything unknown is left out, not an error. */
  record Filter(
      Optional<Kind> kind, Optional<Actor> who, String from, String to, boolean flags, int page) {

    static Filter of(Context ctx) {
      return new Filter(
          Optional.ofNullable(ctx.queryParam("kind")).flatMap(Kind::fromLabel),
          Optional.ofNullable(ctx.queryParam("who")).flatMap(TimelineRoute::actor),
          Optional.ofNullable(ctx.queryParam("from")).orElse("").strip(),
          Optional.ofNullable(ctx.queryParam("to")).orElse("").strip(),
          "1".equals(ctx.queryParam("flags")),
          TimelineRoute.page(ctx.queryParam("page")));
    }

    /** The address of page {@code n} of the same filter. */
    String address(int n) {
      List<String> parts = new ArrayList<>();
      kind.ifPresent(k -> parts.add("kind=" + k.label()));
      who.ifPresent(a -> parts.add("who=" + (a == Actor.ME ? "me" : "him")));
      if (!from.isEmpty()) {
        parts.add("from=" + encode(from));
      }
      if (!to.isEmpty()) {
        parts.add("to=" + encode(to));
      }
      if (flags) {
        parts.add("flags=1");
      }
      if (n > 0) {
        parts.add("page=" + n);
      }
      return PATH + (parts.isEmpty() ? "" : "?" + String.join("&", parts));
    }
  }

  void show(Context ctx) {
    Filter filter = Filter.of(ctx);
    Optional<LocalDate> from = Dates.parse(filter.from());
    Optional<LocalDate> to = Dates.parse(filter.to());
    Optional<String> problem = Optional.empty();
    if (!filter.from().isEmpty() && from.isEmpty() || !filter.to().isEmpty() && to.isEmpty()) {
      problem = Optional.of("Write the days as dates, for example 2026-03-01.");
    } else if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
      problem = Optional.of("The first day is after the last one. Swap them, then show again.");
      to = Optional.empty();
    }
    TimelineQuery query =
        TimelineQuery.all()
            .withKinds(filter.kind().map(Set::of).orElse(Set.of()))
            .withWho(filter.who().map(Set::of).orElse(Set.of()))
            .between(from, to)
            .withOnlyRedFlags(filter.flags())
            .page(filter.page());
    VaultSession session = kit.session();
    TimelinePage page = Timeline.page(session, query);
    Him him = kit.him(session);
    kit.render(
        ctx,
        "timeline.jte",
        Map.of("shell", kit.at(Section.TIMELINE), "timeline", view(filter, problem, page, him)));
  }

  private static TimelineView view(
      Filter filter, Optional<String> problem, TimelinePage page, Him him) {
    List<TimelineView.Item> items = new ArrayList<>(page.items().size());
    for (TimelinePage.Item item : page.items()) {
      items.add(
          new TimelineView.Item(
              Dates.moment(item.event().at()),
              EventWords.who(item.event().who(), him),
              EventWords.kind(item.event().kind()),
              item.event().text(),
              EventWords.source(item.event().source()),
              item.wordFlags().stream().map(RedFlagWords::what).toList()));
    }
    int n = filter.page();
    return new TimelineView(
        kinds(filter.kind()),
        people(filter.who(), him),
        filter.from(),
        filter.to(),
        filter.flags(),
        problem,
        summary(page),
        items,
        page.hasNewer() ? Optional.of(filter.address(n - 1)) : Optional.empty(),
        page.hasOlder() ? Optional.of(filter.address(n + 1)) : Optional.empty());
  }

  private static String summary(TimelinePage page) {
    if (page.total() == 0) {
      return "Nothing matches. Try a longer period or another kind.";
    }
    long first = (long) page.query().page() * page.query().pageSize() + 1;
    long last = first + page.items().size() - 1;
    String all = page.total() == 1 ? "1 event" : String.format("%,d events", page.total());
    return page.pages() == 1
        ? all + ", newest first."
        : all + ", newest first. This page shows " + first + " to " + last + ".";
  }

  private static List<Option> kinds(Optional<Kind> chosen) {
    List<Option> options = new ArrayList<>();
    options.add(new Option("", "Everything", "", chosen.isEmpty()));
    for (Kind kind : Kind.values()) {
      options.add(
          new Option(
              kind.label(), EventWords.kinds(kind), "", chosen.filter(kind::equals).isPresent()));
    }
    return options;
  }

  private static List<Option> people(Optional<Actor> chosen, Him him) {
    return List.of(
        new Option("", "Everyone", "", chosen.isEmpty()),
        new Option("him", him.subject(), "", chosen.filter(Actor.THEM::equals).isPresent()),
        new Option("me", "You", "", chosen.filter(Actor.ME::equals).isPresent()));
  }

  private static Optional<Actor> actor(String text) {
    return switch (text) {
      case "him" -> Optional.of(Actor.THEM);
      case "me" -> Optional.of(Actor.ME);
      default -> Optional.empty();
    };
  }

  private static int page(String text) {
    if (text == null || !text.matches("[0-9]{1,7}")) {
      return 0;
    }
    return Math.min(Integer.parseInt(text), MAX_PAGE);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
