package app.walkaway.service.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.walkaway.analysis.Period;
import app.walkaway.analysis.Person;
import app.walkaway.analysis.PersonFigures;
import app.walkaway.analysis.Settings;
import app.walkaway.event.Kind;
import app.walkaway.method.Progress;
import app.walkaway.readout.Outcome;
import app.walkaway.service.AnalyzeVault;
import app.walkaway.service.Plans;
import app.walkaway.service.ReadOut;
import app.walkaway.service.ReadoutRequest;
import app.walkaway.service.SessionSettings;
import app.walkaway.service.Timeline;
import app.walkaway.service.TimelinePage;
import app.walkaway.service.TimelineQuery;
import app.walkaway.service.Today;
import app.walkaway.service.VaultLockedException;
import app.walkaway.service.VaultSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The demo's vault: a real encrypted file in its own temporary folder, holding the whole story, so
 * that every page has something to show. One chasing demo is shared by the tests that only read.
 */
class DemoVaultTest {
  static final LocalDateTime NOW = LocalDateTime.of(2026, 5, 20, 9, 30);
  @TempDir static Path shared;
  @TempDir Path temp;
  static DemoVault chasing;

  @BeforeAll
  static void openTheChasingDemo() {
    chasing = open(shared, DemoStory.CHASING);
  }

  @AfterAll
  static void closeIt() {
    chasing.close();
  }

  @ParameterizedTest(name = "the {0} story reads as {1}")
  @CsvSource({"SILENCE, INDIFFERENT", "UNSAFE, UNSAFE"})
  void eachOtherStoryReadsAsItsTitleSays(DemoStory story, Outcome expected) {
    try (DemoVault demo = open(temp, story)) {
      assertThat(outcome(demo.session())).isEqualTo(expected);
    }
  }

  @Test
  void theDefaultStoryReadsAsHimChasingHer() {
    assertThat(outcome(chasing.session())).isEqualTo(Outcome.CHASING);
  }

  @Test
  void beforeSheOpenedMostConversationsAndHeAnsweredSlowlyAfterwardsHeOpenedThem() {
    Settings settings = Settings.of(NOW).withStart(start());
    var figures = AnalyzeVault.run(chasing.session(), settings).figures();
    PersonFigures herBefore = figures.before().orElseThrow().of(Person.ME);
    PersonFigures hisBefore = figures.before().orElseThrow().of(Person.THEM);
    Period after = figures.after().orElseThrow();

    assertThat(herBefore.initiationShare().orElseThrow()).isGreaterThan(0.85);
    assertThat(hisBefore.initiationsPerWeek().orElseThrow()).isLessThan(0.5);
    assertThat(hisBefore.replyDelays().median().orElseThrow()).isGreaterThan(60);
    assertThat(after.of(Person.ME).initiations()).isZero();
    assertThat(after.of(Person.THEM).initiations()).isGreaterThanOrEqualTo(10);
  }

  @Test
  void herPlanStartedFiveWeeksAgoWithOneSlipAndHerUrgesKept() {
    VaultSession session = chasing.session();
    assertThat(Plans.require(session).name()).isEqualTo("Jonas");
    assertThat(Plans.findReadiness(session)).isPresent();
    Progress progress =
        Today.run(session, NOW.toInstant(ZoneOffset.UTC), ZoneOffset.UTC).progress();
    assertThat(progress.day()).isEqualTo(36);
    assertThat(progress.slips()).hasSize(1);
    TimelinePage urges = Timeline.page(session, TimelineQuery.all().withKinds(Set.of(Kind.URGE)));
    assertThat(urges.total()).isEqualTo(4);
  }

  @Test
  void theTimelineHoldsTheChatAndWhatSheLoggedByHand() {
    TimelinePage all = Timeline.page(chasing.session(), TimelineQuery.all().pageSize(500));
    Set<Kind> kinds =
        all.items().stream().map(item -> item.event().kind()).collect(Collectors.toSet());
    assertThat(kinds)
        .contains(
            Kind.MESSAGE,
            Kind.MEDIA,
            Kind.CALL,
            Kind.MISSED_CALL,
            Kind.STORY_VIEW,
            Kind.URGE,
            Kind.SLIP,
            Kind.NOTE);
    assertThat(chasing.imported().added()).isGreaterThan(250);
    assertThat(chasing.imported().files().get(0).notes())
        .anySatisfy(note -> assertThat(note).startsWith("Dates read as day/month/year"));
  }

  @Test
  void theFolderIsOnlyHers() throws Exception {
    assertThat(chasing.folder()).startsWith(shared);
    assertThat(Files.getPosixFilePermissions(chasing.folder()))
        .containsExactlyInAnyOrder(
            PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_WRITE,
            PosixFilePermission.OWNER_EXECUTE);
  }

  @Test
  void closingLocksTheVaultAndDeletesTheFolder() {
    DemoVault demo = open(temp, DemoStory.SILENCE);
    VaultSession session = demo.session();
    assertThat(demo.place().file()).exists();

    demo.close();

    assertThat(demo.folder()).doesNotExist();
    assertThat(temp).isEmptyDirectory();
    assertThat(session.isUnlocked()).isFalse();
    assertThatThrownBy(session::touch).isInstanceOf(VaultLockedException.class);
  }

  @Test
  void afterALockItsOwnPassphraseOpensItAgain() {
    try (DemoVault demo = open(temp, DemoStory.SILENCE)) {
      demo.session().lock();
      try (VaultSession again =
          VaultSession.unlock(
              demo.place(), DemoVault.PASSPHRASE.toCharArray(), SessionSettings.oneCommand())) {
        assertThat(Plans.require(again).name()).isEqualTo("Jonas");
      }
    }
  }

  private static java.time.LocalDate start() {
    return NOW.toLocalDate().minusDays(Stories.DAYS_SINCE_START);
  }

  private static Outcome outcome(VaultSession session) {
    return ReadOut.run(session, new ReadoutRequest(Optional.empty(), NOW, Optional.empty()))
        .reading()
        .readout()
        .outcome();
  }

  private static DemoVault open(Path root, DemoStory story) {
    return DemoVault.open(
        new DemoRequest(root, story, DemoRequest.SEED, NOW, SessionSettings.oneCommand()));
  }
}
