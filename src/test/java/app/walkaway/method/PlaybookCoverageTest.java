package app.walkaway.method;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Maps every idea of /work/shared/METHOD.md §1–§5 to the playbook items that carry it. A section
 * without a row, or a row whose item is missing, fails: the playbook must cover the whole method.
 */
class PlaybookCoverageTest {
  private static final Playbook PLAYBOOK = Playbook.load();

  record Idea(int section, String idea, List<String> ids) {
    @Override
    public String toString() {
      return "§" + section + " " + idea;
    }
  }

  private static Idea idea(int section, String idea, String... ids) {
    return new Idea(section, idea, List.of(ids));
  }

  static Stream<Idea> ideas() {
    return Stream.of(
        // §1 Before walking away
        idea(1, "he seems to lose interest, is distant", "situation.distant"),
        idea(1, "he was never as invested", "situation.never-invested"),
        idea(1, "he takes her for granted", "situation.taken-for-granted"),
        idea(1, "the always-available nice ex after a breakup", "situation.after-breakup"),
        idea(1, "she always initiates, gave too much too fast", "situation.always-initiate"),
        idea(1, "only if she can accept losing him", "caution.accept-loss", "question.accept-loss"),
        idea(1, "not revenge, punishment or ego", "caution.not-revenge", "question.motive"),
        idea(1, "check her own part", "caution.own-part", "question.own-part"),
        idea(1, "talk first, last resort", "caution.talk-first", "question.talked-first"),
        idea(
            1,
            "leave properly with a calm exit message",
            "caution.leave-properly",
            "draft.any.space"),
        idea(1, "abuse or control: safety path", "caution.abuse-safety", "question.harm"),
        idea(1, "controlling behaviour is asked about", "question.control"),
        // §2 The plan
        idea(2, "don't message or call first", "tactic.no-first-contact"),
        idea(2, "don't reply quickly", "tactic.slow-replies"),
        idea(2, "don't pick up on the first ring", "tactic.let-it-ring"),
        idea(2, "strict: no contact, mute or block, phone away", "tactic.phone-away"),
        idea(2, "stop liking or commenting on his posts", "tactic.leave-posts-alone"),
        idea(
            2,
            "own posting: less, or moderately; her choice",
            "tactic.post-less",
            "tactic.post-moderately"),
        idea(2, "get busy: friends, family, sport, projects", "tactic.get-busy"),
        idea(2, "keep her routine", "tactic.keep-routine"),
        idea(2, "dress well", "tactic.look-after-appearance"),
        idea(2, "be happy on her own", "tactic.enjoy-own-company"),
        idea(2, "something out of the ordinary she wants", "tactic.something-new"),
        idea(2, "stay generous and caring with others", "tactic.stay-warm-with-others"),
        idea(2, "work on herself", "tactic.work-on-yourself"),
        idea(2, "look at her own faults", "tactic.honest-look"),
        idea(2, "self-care", "tactic.self-care"),
        idea(2, "don't wait for him", "tactic.dont-wait"),
        idea(2, "she'll be fine either way", "tactic.fine-either-way"),
        idea(2, "contested: dating others", "tactic.dating-others"),
        idea(2, "contested: a little jealousy, never a fake partner", "tactic.subtle-jealousy"),
        idea(2, "contested: deleting photos, status single", "tactic.clear-photos-status"),
        idea(2, "urges are expected; somewhere to put them", "tactic.urge-box", "guide.urge"),
        // §3 What she may observe
        idea(3, "attention: story views, likes, asking friends", "signal.attention"),
        idea(3, "contact: messages first, asks to meet, calls", "signal.contact"),
        idea(3, "reconciliation: misses her, apologies, promises", "signal.reconciliation"),
        idea(3, "questioning: what he did wrong, someone new", "signal.questioning"),
        idea(3, "ego: irritation, cold pride", "signal.ego"),
        idea(3, "nothing for days or weeks", "signal.nothing"),
        idea(3, "moving on", "signal.moving-on"),
        idea(3, "red flags: threats, insults, pressure", "signal.red-flag-threats"),
        idea(3, "red flags: showing up, following, many calls", "signal.red-flag-showing-up"),
        idea(3, "red flags: checking via others, control, violence", "signal.red-flag-control"),
        // §4 Outcomes
        idea(
            4,
            "he chases: talk openly, concrete requests",
            "outcome.chasing",
            "next.talk-openly",
            "next.concrete-requests"),
        idea(
            4,
            "don't rush back; passion is not commitment",
            "next.dont-rush-back",
            "next.passion-not-commitment"),
        idea(4, "respect grows: keep standards", "outcome.respect-grows", "next.keep-standards"),
        idea(
            4,
            "fear/possessiveness: mild is possible",
            "outcome.fear-possessive",
            "next.mild-is-human"),
        idea(
            4,
            "any threat: get safe, tell someone, stay with a friend",
            "next.threat-means-safety",
            "safety.tell-someone",
            "safety.stay-with-someone"),
        idea(4, "keep evidence, report if serious", "safety.keep-evidence", "safety.report"),
        idea(4, "you dodged a bullet", "safety.not-your-fault"),
        idea(
            4,
            "indifferent: one-sided, grieve, self-care, move on",
            "outcome.indifferent",
            "next.one-sided",
            "next.grieve",
            "next.self-care",
            "next.move-on"),
        idea(
            4,
            "he may not come back, and that is an answer",
            "next.no-return-is-an-answer",
            "guide.long-silence"),
        idea(4, "too early: keep going", "outcome.too-early", "next.keep-going"),
        idea(4, "timelines vary, up to a year", "next.timelines-vary"),
        idea(4, "show elapsed time and how much evidence", "next.see-elapsed-time"),
        // §5 What the product adds
        idea(5, "real evidence instead of impressions", "principle.evidence"),
        idea(5, "honest uncertainty", "principle.honest-uncertainty"),
        idea(5, "every read-out cites its messages", "principle.cited"),
        idea(
            5,
            "safety built in: vault, quick exit, evidence, help",
            "principle.safety-built-in",
            "safety.emergency",
            "safety.helpline"),
        idea(5, "never watch or track him", "principle.no-watching", "guide.week.dont-check"));
  }

  @ParameterizedTest
  @MethodSource("ideas")
  void everyIdeaIsCarriedByPlaybookItems(Idea idea) {
    assertThat(idea.ids()).isNotEmpty();
    assertThat(idea.ids()).allSatisfy(id -> assertThat(PLAYBOOK.findItem(id)).as(id).isPresent());
  }

  @Test
  void everySectionOfTheMethodIsCovered() {
    Map<Integer, Long> rowsPerSection =
        ideas().collect(Collectors.groupingBy(Idea::section, Collectors.counting()));

    assertThat(rowsPerSection.keySet()).containsExactlyInAnyOrder(1, 2, 3, 4, 5);
  }

  @Test
  void everyPlaybookItemOfTheMethodSectionsIsAccountedFor() {
    Set<String> mapped = ideas().flatMap(i -> i.ids().stream()).collect(Collectors.toSet());
    Set<Section> methodSections =
        Set.of(Section.SITUATION, Section.CAUTION, Section.SIGNAL, Section.OUTCOME);
    Set<String> unmapped = new TreeSet<>();
    for (Section section : methodSections) {
      PLAYBOOK.items(section).stream()
          .map(Item::id)
          .filter(id -> !mapped.contains(id))
          .forEach(unmapped::add);
    }

    assertThat(unmapped).isEmpty();
  }
}
