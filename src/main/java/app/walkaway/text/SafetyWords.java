package app.walkaway.text;

import app.walkaway.safety.help.CountryHelp;
import app.walkaway.safety.help.HelpLine;
import app.walkaway.safety.help.HelpNumber;
import app.walkaway.safety.screen.InformedBy;
import app.walkaway.safety.screen.Question;
import app.walkaway.safety.screen.SafetyPlanStep;
import app.walkaway.safety.screen.ScreenResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every sentence of the risk screen and the help numbers, for every edge. The questions are in
 * Walkaway's own words: the instruments the screen is informed by are licensed and none of their
 * items is reproduced. Safety speaks alone (VOICE.md rule 4): nothing here mentions the plan.
 */
public final class SafetyWords {
  private SafetyWords() {}

  /** What the screen says, laid out in parts an edge can arrange. */
  public record Message(
      String headline,
      List<String> lead,
      List<String> because,
      List<String> unsure,
      List<String> help,
      List<String> plan,
      List<String> cautions) {
    public Message {
      lead = List.copyOf(lead);
      because = List.copyOf(because);
      unsure = List.copyOf(unsure);
      help = List.copyOf(help);
      plan = List.copyOf(plan);
      cautions = List.copyOf(cautions);
    }
  }

  public static String intro() {
    return "A few questions about him and about your safety. Answer yes, no or not sure. Nothing"
        + " you answer leaves this computer, and there is no score: the answers only decide what"
        + " to tell you and whom to call.";
  }

  /** The question as she reads it. */
  public static String question(Question question) {
    return switch (question) {
      case VIOLENCE_WORSE ->
          "Is what he does to you getting worse, or happening more often, than it used to?";
      case THREAT_TO_KILL ->
          "Has he talked about killing you or your children, in anger, as a \"joke\" or in a"
              + " message?";
      case WEAPON ->
          "Could he get hold of a gun if he wanted to, or has he ever threatened you with a knife"
              + " or another weapon?";
      case STRANGLING ->
          "Has he ever put his hands, an arm or anything else around your neck, or stopped you"
              + " breathing?";
      case FORCED_SEX -> "Has he made you have sex, or do sexual things, when you did not want to?";
      case CONTROLLING_JEALOUSY ->
          "Does his jealousy frighten you, or does he try to decide who you see, where you go, or"
              + " what happens to your money or your phone?";
      case STALKING ->
          "Does he turn up where you are, follow you, watch your accounts, or call and message far"
              + " more than you want?";
      case SUICIDE_THREATS ->
          "Has he said he would hurt or kill himself if you leave or do not do what he wants?";
      case THREATS_TO_CHILDREN_OR_PETS -> "Has he threatened or hurt your children or your pets?";
      case PREGNANCY -> "Are you pregnant at the moment, or did you give birth in the last year?";
      case RECENT_SEPARATION ->
          "Did you live with him, and have you left him, or asked him to leave, in the past year?";
      case BROKEN_COURT_ORDER ->
          "Has he ignored a court order, bail conditions or a police warning to stay away from"
              + " you?";
      case SUBSTANCE_ABUSE -> "Does he drink heavily or take drugs, and is he worse when he does?";
      case AFRAID -> "Are you afraid of him?";
      case COULD_KILL_ME -> "Deep down, do you think he could kill you?";
    };
  }

  public static String anythingElseQuestion() {
    return "Is there anything else about him that worries you? Write it in your own words, or"
        + " leave it empty.";
  }

  /** Why a question is suggested: the red flags the read-out found in his messages. */
  public static String suggested(List<String> redFlagKinds) {
    return "His messages suggest yes here ("
        + String.join(", ", redFlagKinds.stream().map(SafetyWords::flagWords).toList())
        + "). Press Enter to keep yes, or answer for yourself.";
  }

  /** Why an answer is chosen already on the page: what his messages suggest; she decides. */
  public static String suggestedOnPage(List<String> redFlagKinds) {
    return "Chosen for you because his messages suggest it ("
        + String.join(", ", redFlagKinds.stream().map(SafetyWords::flagWords).toList())
        + "). Change it if it is not right.";
  }

  /** An answer, said back to her. */
  public static String because(Question question) {
    return switch (question) {
      case VIOLENCE_WORSE -> "what he does is getting worse or happening more often";
      case THREAT_TO_KILL -> "he has talked about killing you or your children";
      case WEAPON -> "he could get a gun, or has threatened you with a weapon";
      case STRANGLING -> "he has put something around your neck or stopped you breathing";
      case FORCED_SEX -> "he has made you do sexual things you did not want";
      case CONTROLLING_JEALOUSY -> "his jealousy or control frightens you";
      case STALKING -> "he turns up, follows you, watches you or contacts you far too much";
      case SUICIDE_THREATS -> "he has threatened to hurt himself to keep you";
      case THREATS_TO_CHILDREN_OR_PETS -> "he has threatened or hurt your children or pets";
      case PREGNANCY -> "you are pregnant or had a baby this past year";
      case RECENT_SEPARATION -> "you have left him, or asked him to leave, this past year";
      case BROKEN_COURT_ORDER -> "he has ignored an order or a warning to stay away from you";
      case SUBSTANCE_ABUSE -> "he drinks heavily or takes drugs, and is worse when he does";
      case AFRAID -> "you are afraid of him";
      case COULD_KILL_ME -> "you think he could kill you";
    };
  }

  /** What the screen says, with her country's numbers when they are known. */
  public static Message result(ScreenResult result, Optional<CountryHelp> help) {
    List<String> because = result.ledToMessage().stream().map(SafetyWords::because).toList();
    List<String> unsure = result.unsure().stream().map(SafetyWords::because).toList();
    List<String> lines = helpLines(help);
    List<String> cautions = cautions();
    if (result instanceof ScreenResult.SpecialistNow) {
      return new Message(
          "What you told me points to serious danger. Please talk to a domestic-abuse specialist"
              + " today.",
          List.of(
              emergencyNow(help),
              "This is not your fault, and you do not have to handle it alone."),
          because,
          unsure,
          lines,
          plan(),
          cautions);
    }
    if (result.concerns().isEmpty()) {
      return new Message(
          "You answered no to every question.",
          List.of(
              "That is good to hear. But a few questions cannot tell you that you are safe: if you"
                  + " are afraid, or anything changes, talk to someone.",
              emergencyNow(help)),
          because,
          unsure,
          lines,
          List.of(),
          cautions);
    }
    return new Message(
        "You told me about "
            + count(result.concerns().size(), "thing that worries", "things that worry")
            + " you. They are worth talking through with a domestic-abuse advocate.",
        List.of(
            "An advocate listens, believes you, and can help you plan for your safety; you decide"
                + " what happens next.",
            emergencyNow(help)),
        because,
        unsure,
        lines,
        plan(),
        cautions);
  }

  /** What always goes with a result: what it is, and what it is not. */
  public static List<String> cautions() {
    List<String> titles = new ArrayList<>();
    for (InformedBy source : InformedBy.values()) {
      titles.add(source.title() + " (" + source.by() + ")");
    }
    return List.of(
        "Fewer signs does not mean you are safe. Danger can rise quickly, and leaving is itself a"
            + " time when it often does.",
        "Answer these questions again after anything new happens.",
        "This is not a validated risk assessment and it gives no score. It asks about the kinds of"
            + " risk that published instruments share, in its own words; it is informed by "
            + String.join(", ", titles)
            + ". Only a trained advocate can assess your risk with you.");
  }

  /** The safety-plan checklist, in order. */
  public static List<String> plan() {
    List<String> steps = new ArrayList<>();
    for (SafetyPlanStep step : SafetyPlanStep.values()) {
      steps.add(step(step));
    }
    return steps;
  }

  public static String step(SafetyPlanStep step) {
    return switch (step) {
      case DO_NOT_ANNOUNCE ->
          "Do not tell him you are stepping back or leaving. Make your plan first, quietly.";
      case TALK_TO_AN_ADVOCATE ->
          "Talk to a domestic-abuse advocate: they know your local options and can plan with you.";
      case TRUSTED_PERSON -> "Choose one person you trust and tell them what is happening.";
      case CODE_WORD -> "Agree a code word with them that means: call the police for me.";
      case DOCUMENTS_AND_MONEY ->
          "Keep your documents, some money, medicines and spare keys where he cannot reach them,"
              + " or with that person.";
      case SAFE_PLACE -> "Know where you would go if you had to leave in a hurry.";
      case PHONE_AND_ACCOUNTS ->
          "Check your phone and accounts: change passwords he may know, and turn off location"
              + " sharing you did not choose.";
      case CHILDREN ->
          "If you have children, think about how they would leave with you, and tell their school"
              + " who may collect them.";
    };
  }

  /** The line to show at all times: her country's emergency number, or a plain fallback. */
  public static String emergencyNow(Optional<CountryHelp> help) {
    return help.map(
            h -> "If you are in danger right now, call " + h.firstEmergencyNumber().number() + ".")
        .orElse("If you are in danger right now, call your local emergency number.");
  }

  /** Her country's lines, emergency first, one per line; or how to choose a country. */
  public static List<String> helpLines(Optional<CountryHelp> help) {
    if (help.isEmpty()) {
      return List.of(
          "Choose your country to see its emergency number and helplines. Walkaway keeps numbers"
              + " for Australia, Canada, France, Germany, India, Ireland, Spain, the United"
              + " Kingdom and the United States.");
    }
    List<String> lines = new ArrayList<>();
    help.get().emergency().forEach(l -> lines.add(line(l)));
    help.get().support().forEach(l -> lines.add(line(l)));
    return lines;
  }

  /** One line: the service, how to reach it, when it answers, and any caution. */
  public static String line(HelpLine line) {
    StringBuilder text = new StringBuilder(line.service()).append(": ");
    List<String> ways = line.numbers().stream().map(SafetyWords::way).toList();
    text.append(String.join(", or ", ways)).append('.');
    if (!line.hours().isEmpty()) {
      text.append(' ').append(capitalise(line.hours())).append('.');
    }
    if (!line.note().isEmpty()) {
      text.append(' ').append(line.note());
    }
    return text.toString();
  }

  private static String way(HelpNumber number) {
    return switch (number.means()) {
      case CALL -> "call " + number.number();
      case TEXT ->
          number.message().isEmpty()
              ? "text " + number.number()
              : "text " + number.message() + " to " + number.number();
      case TEXTPHONE -> "textphone " + number.number();
      case WHATSAPP -> "WhatsApp " + number.number();
    };
  }

  private static String flagWords(String kind) {
    return switch (kind) {
      case "threat" -> "a threat";
      case "stalking" -> "following or watching you";
      case "showed-up" -> "turning up in person";
      case "call-flood" -> "many calls in a short time";
      case "boundary-ignored" -> "contact after you asked him to stop";
      case "self-harm" -> "a threat to hurt himself";
      case "pressure" -> "pressure";
      default -> kind.replace('-', ' ');
    };
  }

  private static String count(int n, String one, String many) {
    return n == 1 ? "one " + one : n + " " + many;
  }

  private static String capitalise(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
