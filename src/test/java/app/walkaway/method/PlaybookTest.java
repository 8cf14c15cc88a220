package app.walkaway.method;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PlaybookTest {
  private final Playbook playbook = Playbook.load();

  @ParameterizedTest
  @EnumSource(Section.class)
  void everySectionHasItemsWithShortTextAndLongerHelp(Section section) {
    List<Item> items = playbook.items(section);

    assertThat(items).isNotEmpty();
    assertThat(items)
        .allSatisfy(
            item -> {
              assertThat(item.text()).isNotBlank();
              assertThat(item.help()).isNotBlank();
              assertThat(item.id()).matches("[a-z]+\\.[a-z0-9.-]+");
            });
  }

  @Test
  void everyTacticHasASoftAndAStrictVariant() {
    assertThat(playbook.tactics())
        .allSatisfy(
            t -> {
              assertThat(t.soft()).isNotBlank();
              assertThat(t.strict()).isNotBlank().isNotEqualTo(t.soft());
              assertThat(t.variant(Mode.SOFT)).isEqualTo(t.soft());
              assertThat(t.variant(Mode.STRICT)).isEqualTo(t.strict());
            });
  }

  @Test
  void contestedTacticsAreExactlyTheThreeTheSourcesDisagreeOnAndCarryWarnings() {
    Set<String> contested =
        playbook.tactics().stream()
            .filter(Tactic::contested)
            .map(Tactic::id)
            .collect(Collectors.toSet());

    assertThat(contested)
        .containsExactlyInAnyOrder(
            "tactic.dating-others", "tactic.subtle-jealousy", "tactic.clear-photos-status");
    assertThat(PlanRules.DEFAULT_TACTICS).doesNotContainAnyElementsOf(contested);
  }

  @Test
  void herOwnPostingOffersBothViewsAsOneChoice() {
    List<String> ownPosting =
        playbook.tactics().stream()
            .filter(t -> t.choice().equals("own-posting"))
            .map(Tactic::id)
            .toList();

    assertThat(ownPosting).containsExactly("tactic.post-less", "tactic.post-moderately");
  }

  @Test
  void everyOutcomeHasNextStepsAndFearRoutesToSafety() {
    for (PlaybookOutcome id : PlaybookOutcome.values()) {
      assertThat(playbook.outcome(id).item().id()).isEqualTo(id.itemId());
      assertThat(playbook.nextSteps(id)).isNotEmpty();
    }
    assertThat(playbook.nextSteps(PlaybookOutcome.FEAR_POSSESSIVE))
        .extracting(Item::section)
        .contains(Section.SAFETY);
    assertThat(playbook.nextSteps(PlaybookOutcome.INDIFFERENT))
        .extracting(Item::id)
        .contains("next.no-return-is-an-answer", "next.grieve", "next.move-on");
    assertThat(playbook.nextSteps(PlaybookOutcome.CHASING))
        .extracting(Item::id)
        .contains("next.dont-rush-back", "next.passion-not-commitment");
  }

  @Test
  void everySituationHasItsOwnExitMessageDraft() {
    for (Item situation : playbook.items(Section.SITUATION)) {
      assertThat(playbook.drafts(situation.id()))
          .anySatisfy(d -> assertThat(d.situation()).isEqualTo(situation.id()));
    }
    assertThat(playbook.drafts("")).hasSameSizeAs(playbook.items(Section.DRAFT));
  }

  @ParameterizedTest
  @EnumSource(Stage.class)
  void everyStageOffersAtLeastTwoDistinctGuidanceItems(Stage stage) {
    assertThat(Set.copyOf(playbook.stageItems(stage))).hasSizeGreaterThanOrEqualTo(2);
  }

  @Test
  void fillingTheNameLeavesNoPlaceholderAndUsesTheNeutralDefault() {
    for (String id : playbook.ids()) {
      Item filled = playbook.item(id).fill("");
      assertThat(filled.text() + filled.help()).doesNotContain("{").doesNotContain("}");
    }
    assertThat(playbook.item("next.no-return-is-an-answer").fill("Sam").text())
        .isEqualTo("You may not hear from Sam again, and that would be an answer too.");
    assertThat(playbook.item("next.no-return-is-an-answer").fill(" ").text()).contains("from them");
  }

  @Test
  void knownExceptionTagsAndHerOwnKeywords() {
    assertThat(playbook.exceptions())
        .extracting(ExceptionTag::tag)
        .containsExactly("children", "bills", "safety", "work");
    assertThat(playbook.exception("#Children").matches("Can you do the school run?")).isTrue();
    assertThat(playbook.exception("children").matches("I miss our schooldays")).isFalse();
    assertThat(playbook.exception("dog").matches("The DOG needs the vet")).isTrue();
    assertThat(playbook.exception("dog").matches("hotdog tonight?")).isFalse();
  }

  @Test
  void signalsComeInTheGroupsOfTheMethod() {
    assertThat(playbook.signalGroups())
        .containsExactly(
            "attention",
            "contact",
            "reconciliation",
            "questioning",
            "ego",
            "nothing",
            "moving-on",
            "red-flag");
    assertThat(playbook.signals("red-flag")).hasSize(3);
    assertThat(playbook.signals("unknown")).isEmpty();
  }

  @Test
  void findItemIsEmptyForAnUnknownId() {
    assertThat(playbook.findItem("tactic.nope")).isEmpty();
    assertThat(playbook.findTactic("slow-replies")).isPresent();
  }
}
