package app.walkaway.service;

import app.walkaway.safety.screen.Prefill;
import app.walkaway.safety.screen.Question;
import app.walkaway.safety.screen.Reply;
import app.walkaway.safety.screen.RiskScreen;
import app.walkaway.safety.screen.ScreenAnswers;
import app.walkaway.safety.screen.ScreenResult;
import app.walkaway.vault.ScreenRecord;
import app.walkaway.vault.Vault;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The risk screen as a use case: suggest answers from the read-out's red flags, assess her answers,
 * and keep every screening with its date in the vault.
 */
public final class SafetyScreening {
  static final String SPECIALIST_NOW = "specialist-now";
  static final String CONCERNS = "concerns";
  private static final ObjectMapper JSON = new ObjectMapper();

  private SafetyScreening() {}

  /** One screening as kept: when, her answers, and what the screen said. */
  public record Screening(LocalDateTime at, ScreenAnswers answers, ScreenResult result) {}

  /** Answers the red flags suggest, for her to confirm (see {@link Prefill}). */
  public static Map<Question, Set<String>> prefill(Collection<String> redFlagKinds) {
    return Prefill.suggest(redFlagKinds);
  }

  /** Assesses her answers and keeps them, with the result, dated {@code now}. */
  public static Screening screen(VaultSession session, ScreenAnswers answers, LocalDateTime now) {
    ScreenResult result = RiskScreen.assess(answers);
    String outcome = result instanceof ScreenResult.SpecialistNow ? SPECIALIST_NOW : CONCERNS;
    ScreenRecord record = new ScreenRecord(now.withNano(0), write(answers), outcome);
    session.write(
        vault -> {
          vault.screens().add(record);
          return null;
        });
    return new Screening(now.withNano(0), answers, result);
  }

  /** Assesses her answers without keeping them (there is no vault yet). */
  public static ScreenResult assess(ScreenAnswers answers) {
    return RiskScreen.assess(answers);
  }

  /** Every screening kept, oldest first. */
  public static List<Screening> history(VaultSession session) {
    return session.read(SafetyScreening::history);
  }

  /** The last screening kept, if any. */
  public static java.util.Optional<Screening> last(VaultSession session) {
    List<Screening> all = history(session);
    return all.isEmpty()
        ? java.util.Optional.empty()
        : java.util.Optional.of(all.get(all.size() - 1));
  }

  private static List<Screening> history(Vault vault) {
    return vault.screens().all().stream()
        .map(
            record -> {
              ScreenAnswers answers = read(record.answers(), vault);
              return new Screening(record.at(), answers, RiskScreen.assess(answers));
            })
        .toList();
  }

  static String write(ScreenAnswers answers) {
    ObjectNode root = JSON.createObjectNode();
    ObjectNode replies = root.putObject("replies");
    for (Question question : Question.values()) {
      replies.put(label(question), label(answers.reply(question)));
    }
    root.put("anything_else", answers.anythingElse());
    return root.toString();
  }

  static ScreenAnswers read(String json, Vault vault) {
    try {
      JsonNode root = JSON.readTree(json);
      Map<Question, Reply> replies = new EnumMap<>(Question.class);
      for (Question question : Question.values()) {
        String reply = root.path("replies").path(label(question)).asText("");
        replies.put(
            question,
            Reply.parse(reply.replace('-', ' '))
                .orElseThrow(() -> broken(vault, "no reply to " + label(question))));
      }
      return new ScreenAnswers(replies, root.path("anything_else").asText(""));
    } catch (JsonProcessingException e) {
      throw broken(vault, e.getOriginalMessage());
    }
  }

  private static ServiceException broken(Vault vault, String what) {
    return new ServiceException(
        ServiceException.Problem.DAMAGED_VAULT,
        vault.file() + ": a stored risk screen cannot be read: " + what);
  }

  private static String label(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
