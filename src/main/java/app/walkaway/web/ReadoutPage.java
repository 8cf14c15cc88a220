package app.walkaway.web;

import app.walkaway.event.Actor;
import app.walkaway.event.Mark;
import app.walkaway.event.SourceRef;
import app.walkaway.method.Item;
import app.walkaway.readout.Because;
import app.walkaway.readout.Citation;
import app.walkaway.readout.Readout;
import app.walkaway.service.Marks;
import app.walkaway.service.ReadOut;
import app.walkaway.service.ReadoutRequest;
import app.walkaway.service.ServiceException;
import app.walkaway.service.VaultReading;
import app.walkaway.service.VaultSession;
import app.walkaway.text.EventWords;
import app.walkaway.text.Him;
import app.walkaway.text.MarkWords;
import app.walkaway.text.PageWords;
import app.walkaway.text.ReadoutWords;
import app.walkaway.web.view.Guide;
import app.walkaway.web.view.ReadoutView;
import app.walkaway.web.view.Section;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Read-out: what the evidence shows about his response since she stepped back, answer first. The
 * reading is the service's; the words are {@code text}'s; this page lays them out. Safety speaks
 * alone (VOICE.md rule 4): a read-out that points to danger shows what was seen, what to do and
 * what to keep, and nothing else.
 */
final class ReadoutPage {
  static final String PATH = "/readout";
  static final String MARK = "/readout/mark";
  private final Kit kit;

  ReadoutPage(Kit kit) {
    this.kit = kit;
  }

  void show(Context ctx) {
    VaultSession session = kit.session();
    VaultReading reading;
    try {
      reading =
          ReadOut.run(session, new ReadoutRequest(Optional.empty(), kit.now(), Optional.empty()));
    } catch (ServiceException e) {
      notYet(ctx, e);
      return;
    }
    Him him = kit.him(session);
    kit.render(
        ctx,
        "readout.jte",
        Map.of(
            "shell",
            kit.at(Section.READOUT),
            "readout",
            view(reading, him).withNotice(kit.notices().take())));
  }

  /** Her mark on one message the read-out cites; back to the read-out, read again with it. */
  void mark(Context ctx) {
    Optional<SourceRef> where = place(ctx.formParam("file"), ctx.formParam("line"));
    Optional<LocalDateTime> at = moment(ctx.formParam("at"));
    String label = Optional.ofNullable(ctx.formParam("mark")).orElse("").strip();
    Optional<Optional<Mark>> mark =
        label.equals("off")
            ? Optional.of(Optional.empty())
            : Mark.fromLabel(label).map(Optional::of);
    if (where.isEmpty() || at.isEmpty() || mark.isEmpty()) {
      kit.notices().put("That mark did not come through whole. Try the button again.");
      ctx.redirect(PATH + "#evidence", HttpStatus.SEE_OTHER);
      return;
    }
    try {
      Marks.MarkedMessage done = Marks.mark(kit.session(), where.get(), at, mark.get(), kit.now());
      kit.notices()
          .put(MarkWords.done(done.event(), done.mark()) + " " + MarkWords.effect(done.mark()));
    } catch (ServiceException e) {
      if (e.problem() != ServiceException.Problem.BAD_INPUT) {
        throw e;
      }
      kit.notices().put("That message could not be marked: " + e.getMessage() + ".");
    }
    ctx.redirect(PATH + "#evidence", HttpStatus.SEE_OTHER);
  }

  private static Optional<SourceRef> place(String file, String line) {
    if (file == null || file.isBlank() || line == null || !line.matches("[0-9]{1,12}")) {
      return Optional.empty();
    }
    return Optional.of(SourceRef.of(file, Long.parseLong(line)));
  }

  private static Optional<LocalDateTime> moment(String typed) {
    try {
      return Optional.ofNullable(typed).map(LocalDateTime::parse);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  static ReadoutView view(VaultReading reading, Him him) {
    Readout r = reading.reading().readout();
    boolean safety = r.safetyFirst();
    Map<String, Mark> marks = new HashMap<>();
    reading
        .reading()
        .marks()
        .forEach(m -> marks.put(key(m.event().at(), m.event().source()), m.mark()));
    List<ReadoutView.Evidence> evidence =
        r.citations().stream().map(c -> evidence(c, him, marks)).toList();
    List<Guide> steps =
        safety
            ? List.of()
            : reading.reading().nextSteps().stream().map(ReadoutPage::guide).toList();
    return new ReadoutView(
        ReadoutWords.headline(r),
        ReadoutWords.safety(r),
        ReadoutWords.reasons(r),
        ReadoutWords.confidence(r.confidence()),
        ReadoutWords.needed(r).map(n -> "Still needed: " + n + "."),
        safety ? List.of() : ReadoutWords.figures(r),
        evidence,
        steps,
        "Since "
            + Dates.day(reading.start())
            + ", compared with the "
            + VaultReading.BASELINE_WEEKS
            + " weeks before.",
        reading.reading().marks().stream()
            .map(m -> capitalised(MarkWords.what(m.mark())) + ": " + MarkWords.line(m.event()))
            .toList(),
        Optional.empty());
  }

  private static String key(LocalDateTime at, SourceRef source) {
    return at + " " + source;
  }

  private static String capitalised(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static ReadoutView.Evidence evidence(Citation c, Him him, Map<String, Mark> marks) {
    Optional<Mark> marked = Optional.ofNullable(marks.get(key(c.at(), c.source())));
    boolean redFlag =
        (c.because() instanceof Because.Words w && w.kind().isRedFlag())
            || marked.filter(m -> m == Mark.RED_FLAG).isPresent();
    Optional<ReadoutView.MarkForm> form =
        c.who() == Actor.THEM && !c.source().isByHand()
            ? Optional.of(
                new ReadoutView.MarkForm(
                    c.source().origin(),
                    c.source().line(),
                    c.at().toString(),
                    marked.map(Mark::label).orElse("")))
            : Optional.empty();
    return new ReadoutView.Evidence(
        Dates.moment(c.at()),
        EventWords.who(c.who(), him),
        EventWords.quote(c),
        EventWords.source(c.source()),
        EventWords.why(c),
        redFlag,
        form,
        c.source().origin().equals(SourceRef.BY_HAND) ? "" : c.source().origin(),
        c.source().line());
  }

  private static Guide guide(Item item) {
    Item shown = PageWords.forPage(item);
    return new Guide(shown.text(), shown.help());
  }

  /** No read-out yet: say why, and what makes one possible. */
  private void notYet(Context ctx, ServiceException e) {
    String line =
        switch (e.problem()) {
          case NO_START_DAY, NO_PLAN ->
              "The read-out compares how he reaches for you before and after the day you step"
                  + " back. Choose that day in your plan, and it begins.";
          case START_AFTER_NOW ->
              "Your plan has not started yet. The read-out begins on the day you step back.";
          case EMPTY_VAULT, NO_MESSAGES ->
              "There is nothing to read yet. Import your chat with him, or note what happens on"
                  + " the Today page.";
          default -> throw e;
        };
    kit.render(ctx, "readout-not-yet.jte", Map.of("shell", kit.at(Section.READOUT), "line", line));
  }
}
