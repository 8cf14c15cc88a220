package app.walkaway.cli;

import app.walkaway.safety.evidence.Details;
import app.walkaway.safety.evidence.Entry;
import app.walkaway.safety.evidence.Incident;
import app.walkaway.safety.evidence.IncidentKind;
import app.walkaway.safety.evidence.Reference;
import app.walkaway.service.EvidenceJournal;
import app.walkaway.service.KeptFile;
import app.walkaway.service.RedFlagMessages;
import app.walkaway.service.ServiceException;
import app.walkaway.service.TypedTime;
import app.walkaway.service.VaultSession;
import app.walkaway.text.EvidenceWords;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code walkaway evidence add}: records an incident in her words. */
@Command(
    name = "add",
    mixinStandardHelpOptions = true,
    description = {
      "Records what happened, in your words, sealed so it can be shown unchanged later.",
      "%nYou are asked for your words after the command (or pipe them in); they are never taken"
          + " from the command line, which your shell may keep.",
      "%nKIND is one of: threat, violence, sexual-violence, stalking, harassment,"
          + " unwanted-contact, unwanted-visit, damage, breach-of-order, other.",
      "%nWith --message FILE:LINE it keeps one of his imported messages, quoted exactly with the"
          + " file, the line and the file's SHA-256; your words are then optional.",
      "%nWith --from-signals it keeps every message of his that reads as a red flag (a threat,"
          + " stalking, insults, pressure, threats to harm himself), each quoted the same way."
    },
    footer = {
      "",
      "Example:",
      "  walkaway evidence add --at \"2026-12-05 23:40\" --kind violence --place \"my flat\" \\",
      "    --witnesses \"my neighbour\" --attach door.jpg",
      "  walkaway evidence add --message \"chat.txt:212\" --kind threat",
      "  walkaway evidence add --from-signals"
    })
public final class EvidenceAddCommand implements Runnable {
  @Spec CommandSpec spec;
  @Mixin VaultOptions vault;

  @Option(
      names = "--at",
      paramLabel = "DATE-TIME",
      description = "When it happened, e.g. 2026-12-05 23:40 (not needed with --message).")
  String at;

  @Option(
      names = "--message",
      paramLabel = "FILE:LINE",
      description = "Keep his message on this line of an imported file, e.g. chat.txt:212.")
  String message;

  @Option(
      names = "--from-signals",
      description = "Keep every message of his that reads as a red flag, quoted exactly.")
  boolean fromSignals;

  @Option(names = "--kind", paramLabel = "KIND", description = "What kind of incident (see above).")
  String kind;

  @Option(
      names = "--channel",
      paramLabel = "HOW",
      description = "How it reached you, e.g. in-person, phone, whatsapp.")
  String channel = "";

  @Option(
      names = "--his-id",
      paramLabel = "TEXT",
      description = "His number or handle, as it appeared.")
  String hisId = "";

  @Option(names = "--place", paramLabel = "TEXT", description = "Where it happened.")
  String place = "";

  @Option(names = "--witnesses", paramLabel = "TEXT", description = "Who saw or heard it.")
  String witnesses = "";

  @Option(names = "--injuries", paramLabel = "TEXT", description = "Any injuries.")
  String injuries = "";

  @Option(names = "--medical", paramLabel = "TEXT", description = "A doctor or hospital visit.")
  String medical = "";

  @Option(
      names = "--police-ref",
      paramLabel = "TEXT",
      description = "A police or crime reference number.")
  String policeRef = "";

  @Option(
      names = "--corrects",
      paramLabel = "N",
      description = "This entry corrects entry N (which is kept as it was).")
  Long corrects;

  @Option(
      names = "--attach",
      paramLabel = "FILE",
      description = "A photo, screenshot or other file to keep with it (repeatable).")
  List<Path> attach = new ArrayList<>();

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    if (fromSignals) {
      addRedFlagMessages(out);
      return;
    }
    IncidentKind incidentKind = kind();
    List<KeptFile> files = attach.stream().map(KeptFile::read).toList();
    if (message != null) {
      addMessage(out);
      return;
    }
    if (at == null) {
      throw new ParameterException(
          spec.commandLine(), "--at DATE-TIME is needed: when it happened, e.g. 2026-12-05 23:40");
    }
    LocalDateTime occurred = when(at);
    try (VaultSession opened = vault.open()) {
      String words = HerWords.read(out, System.console() != null);
      if (words.isEmpty() && files.isEmpty()) {
        throw new InputMissingException(
            "nothing was kept: write what happened when asked, or pipe it in, e.g."
                + " echo \"He waited outside my work\" | walkaway evidence add ...");
      }
      Incident incident =
          Incident.inHerWords(occurred, incidentKind.label(), words)
              .withChannel(channel.strip())
              .withDetails(new Details(hisId, place, witnesses, injuries, medical, policeRef));
      if (corrects != null) {
        incident =
            incident.referringTo(new Reference(positive(corrects), Reference.Relation.CORRECTS));
      }
      EvidenceJournal.Added added =
          new EvidenceJournal(opened).add(incident, files, LocalNow.toTheSecond());
      if (added.sealedFirst() > 0) {
        out.println(EvidenceWords.sealedFirst(added.sealedFirst()));
      }
      Wrap.print(out, "", "", EvidenceWords.added(added.entry()));
    }
  }

  private void addRedFlagMessages(PrintWriter out) {
    if (message != null || at != null || kind != null || corrects != null || !attach.isEmpty()) {
      throw new ParameterException(
          spec.commandLine(),
          "--from-signals keeps his messages as they are: use it without --message, --at, --kind,"
              + " --corrects or --attach");
    }
    try (VaultSession opened = vault.open()) {
      LocalDateTime now = LocalNow.toTheSecond();
      List<RedFlagMessages.Found> found = RedFlagMessages.find(opened, now);
      EvidenceJournal.FromSignals kept = new EvidenceJournal(opened).addRedFlagMessages(found, now);
      if (kept.sealedFirst() > 0) {
        out.println(EvidenceWords.sealedFirst(kept.sealedFirst()));
      }
      Wrap.print(
          out,
          "",
          "",
          EvidenceWords.fromSignals(found.size(), kept.added().size(), kept.alreadyKept()));
      for (Entry entry : kept.added()) {
        Wrap.print(out, "  - ", "    ", EvidenceWords.quoted(entry));
      }
    }
  }

  private void addMessage(PrintWriter out) {
    int colon = message.lastIndexOf(':');
    if (colon <= 0 || !message.substring(colon + 1).matches("[1-9][0-9]{0,9}")) {
      throw new ParameterException(
          spec.commandLine(),
          "--message '" + message + "': expected the file and line, e.g. chat.txt:212");
    }
    try (VaultSession opened = vault.open()) {
      String words = HerWords.read(out, System.console() != null);
      EvidenceJournal.Added added =
          new EvidenceJournal(opened)
              .addMessageAt(
                  message.substring(0, colon),
                  Long.parseLong(message.substring(colon + 1)),
                  kind().label(),
                  words,
                  LocalNow.toTheSecond());
      if (added.sealedFirst() > 0) {
        out.println(EvidenceWords.sealedFirst(added.sealedFirst()));
      }
      Wrap.print(out, "", "", EvidenceWords.added(added.entry()));
    }
  }

  private LocalDateTime when(String typed) {
    try {
      return TypedTime.moment(typed);
    } catch (ServiceException e) {
      throw new ParameterException(spec.commandLine(), "--at: " + e.getMessage());
    }
  }

  private IncidentKind kind() {
    if (kind == null) {
      throw new ParameterException(
          spec.commandLine(), "--kind KIND is needed: what kind of incident, e.g. --kind threat");
    }
    return IncidentKind.fromLabel(kind)
        .orElseThrow(
            () ->
                new ParameterException(
                    spec.commandLine(),
                    "unknown --kind '"
                        + kind
                        + "'. Use one of: "
                        + Arrays.stream(IncidentKind.values())
                            .map(IncidentKind::label)
                            .collect(Collectors.joining(", "))));
  }

  private long positive(long seq) {
    if (seq < 1) {
      throw new ParameterException(spec.commandLine(), "--corrects takes an entry number, from 1");
    }
    return seq;
  }
}
