package app.walkaway.cli;

import app.walkaway.event.Actor;
import app.walkaway.event.Channel;
import app.walkaway.event.Event;
import app.walkaway.event.Kind;
import app.walkaway.service.LogEvent;
import app.walkaway.service.LogRequest;
import app.walkaway.service.ServiceException;
import app.walkaway.service.TypedTime;
import app.walkaway.service.VaultSession;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code walkaway log KIND}: records by hand what no export holds. */
@Command(
    name = "log",
    mixinStandardHelpOptions = true,
    description = {
      "Records something no chat export holds.",
      "%nFor example: he turned up, called your landline or asked a friend about you; or you"
          + " slipped, or wrote an urge here instead of sending it.",
      "%nKIND is one of: message, call, missed-call, reaction, story-view, visit, via-friends,"
          + " gift, boundary (you asked him to stop), slip (you contacted him), urge (a message you"
          + " wanted to send and wrote here instead), note.",
      "%nslip, urge, note and boundary are yours; the rest are his unless you say --who."
    },
    footer = {
      "",
      "Examples:",
      "  walkaway log visit --at \"2026-03-04 19:30\" --text \"Waited outside the studio\"",
      "  walkaway log urge --text \"I still think about the lake trip\""
    })
public final class LogCommand implements Runnable {
  @Spec CommandSpec spec;
  @Mixin VaultOptions vault;

  @Parameters(index = "0", paramLabel = "KIND", description = "What happened (see above).")
  String kindLabel;

  @Option(
      names = "--who",
      paramLabel = "me|them",
      description = "Whose it is (default depends on KIND).")
  String who;

  @Option(
      names = "--at",
      paramLabel = "DATE-TIME",
      description = "When, e.g. 2026-03-04 19:30 (default: now).")
  String at;

  @Option(names = "--text", paramLabel = "TEXT", description = "What was said or what happened.")
  String text = "";

  @Option(
      names = "--channel",
      paramLabel = "CHANNEL",
      description = "Where, e.g. phone, whatsapp, in-person.")
  String channel;

  @Option(names = "--minutes", paramLabel = "N", description = "How long a call lasted.")
  long minutes;

  @Override
  public void run() {
    LocalDateTime now = LocalNow.toTheSecond();
    Kind kind = kind();
    LogRequest request =
        new LogRequest(
            kind,
            Optional.of(actor(kind)),
            Optional.ofNullable(at).map(this::when),
            text,
            Optional.of(channel(kind)),
            Math.max(0, minutes));
    Event event;
    try (VaultSession opened = vault.open()) {
      event = LogEvent.log(opened, request, now);
    }
    spec.commandLine()
        .getOut()
        .printf(
            "Logged: %s (%s) at %s%n",
            kind.label(), LoggedTime.whoLabel(event.who()), LoggedTime.show(event.at()));
  }

  private LocalDateTime when(String typed) {
    try {
      return TypedTime.moment(typed);
    } catch (ServiceException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private Kind kind() {
    return Kind.fromLabel(kindLabel)
        .filter(LogEvent.LOGGABLE::contains)
        .orElseThrow(
            () ->
                new ParameterException(
                    spec.commandLine(),
                    "unknown KIND '"
                        + kindLabel
                        + "'. Use one of: message, call, missed-call,"
                        + " reaction, story-view, visit, via-friends, gift, boundary, slip, urge, note"));
  }

  private Actor actor(Kind kind) {
    boolean hers = LogEvent.isHers(kind);
    if (who == null) {
      return LogEvent.usualWho(kind);
    }
    Actor chosen =
        switch (who.strip().toLowerCase(Locale.ROOT)) {
          case "me" -> Actor.ME;
          case "them", "him" -> Actor.THEM;
          default ->
              throw new ParameterException(
                  spec.commandLine(), "--who must be me or them (got '" + who + "')");
        };
    if (hers && chosen != Actor.ME) {
      throw new ParameterException(
          spec.commandLine(), "a " + kind.label() + " is always yours, so --who must be me");
    }
    return chosen;
  }

  private Channel channel(Kind kind) {
    if (channel != null) {
      String wanted = channel.strip().toUpperCase(Locale.ROOT).replace('-', '_');
      return Arrays.stream(Channel.values())
          .filter(c -> c.name().equals(wanted))
          .findFirst()
          .orElseThrow(
              () ->
                  new ParameterException(
                      spec.commandLine(),
                      "unknown --channel '"
                          + channel
                          + "'. Use one of: "
                          + Arrays.stream(Channel.values())
                              .map(c -> c.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                              .collect(Collectors.joining(", "))));
    }
    return LogEvent.usualChannel(kind);
  }
}
