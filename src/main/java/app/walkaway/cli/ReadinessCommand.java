package app.walkaway.cli;

import app.walkaway.method.Answer;
import app.walkaway.method.Playbook;
import app.walkaway.method.Readiness;
import app.walkaway.method.ReadinessAnswers;
import app.walkaway.method.ReadinessResult;
import app.walkaway.service.Plans;
import app.walkaway.service.VaultSession;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code walkaway readiness}: the honest check before stepping back. Asks on the terminal, or takes
 * answers as options or lines on standard input, so scripts and tests can run it.
 */
@Command(
    name = "readiness",
    mixinStandardHelpOptions = true,
    description = {
      "Asks a few honest questions: is stepping back a good idea now?",
      "%nAsks a few honest questions and tells you whether stepping back is a good idea now:"
          + " READY, NOT YET (with what to do first), or SAFETY FIRST.",
      "Answers not given as options are asked one per line (yes / no / not sure)."
    },
    footer = {
      "",
      "Example (no questions asked):",
      "  walkaway readiness --situation always-initiate --accept-loss yes --talked-first yes \\",
      "    --own-part yes --motive no --harm no --control no"
    })
public final class ReadinessCommand implements Runnable {
  @Spec CommandSpec spec;
  @Mixin VaultOptions vault;

  @Option(
      names = "--situation",
      paramLabel = "ID",
      description = "What brings you here, e.g. distant, after-breakup.")
  String situation;

  @Option(
      names = "--accept-loss",
      paramLabel = "ANSWER",
      description = "Could you live with it ending for good?")
  String acceptLoss;

  @Option(
      names = "--talked-first",
      paramLabel = "ANSWER",
      description = "Have you told him plainly what you need?")
  String talkedFirst;

  @Option(
      names = "--own-part",
      paramLabel = "ANSWER",
      description = "Have you looked at your own part?")
  String ownPart;

  @Option(
      names = "--motive",
      paramLabel = "ANSWER",
      description = "Is part of it about punishing or proving something?")
  String motive;

  @Option(
      names = "--harm",
      paramLabel = "ANSWER",
      description = "Have you been threatened, hurt or made afraid?")
  String harm;

  @Option(
      names = "--control",
      paramLabel = "ANSWER",
      description = "Do you feel controlled (who you see, phone, money)?")
  String control;

  @Option(
      names = "--name",
      paramLabel = "NAME",
      description = "The name or alias to use for him (default: them).")
  String name = "";

  @Override
  public void run() {
    Playbook playbook = Playbook.load();
    PrintWriter out = spec.commandLine().getOut();
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    ReadinessAnswers answers =
        new ReadinessInterview(in, out, playbook).complete(situationId(), given());
    ReadinessResult result = Readiness.assess(answers, playbook);
    ReadinessView.print(out, result, name);
    save(out, result, answers.situation());
  }

  private String situationId() {
    if (situation == null || situation.isBlank()) {
      return situation == null ? null : "";
    }
    return situation.startsWith("situation.") ? situation : "situation." + situation.strip();
  }

  private Map<String, Answer> given() {
    Map<String, Answer> given = new HashMap<>();
    put(given, "accept-loss", acceptLoss);
    put(given, "talked-first", talkedFirst);
    put(given, "own-part", ownPart);
    put(given, "motive", motive);
    put(given, "harm", harm);
    put(given, "control", control);
    return given;
  }

  private void put(Map<String, Answer> given, String option, String text) {
    if (text != null) {
      Answer answer =
          Answer.parse(text)
              .orElseThrow(
                  () ->
                      new ParameterException(
                          spec.commandLine(),
                          "--" + option + " '" + text + "': expected yes, no or unsure"));
      given.put("question." + option, answer);
    }
  }

  /** Kept in the vault when there is one, so the plan can respect a safety-first verdict. */
  private void save(PrintWriter out, ReadinessResult result, String chosenSituation) {
    if (!vault.place().exists()) {
      out.println();
      out.println("(Not saved: there is no vault yet. Create one with: walkaway init)");
      return;
    }
    try (VaultSession opened = vault.open()) {
      Plans.saveReadiness(opened, result, chosenSituation);
    }
  }
}
