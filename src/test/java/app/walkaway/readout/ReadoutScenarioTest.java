package app.walkaway.readout;

import static app.walkaway.readout.Scenario.START;
import static org.assertj.core.api.Assertions.assertThat;

import app.walkaway.event.Actor;
import app.walkaway.event.Kind;
import app.walkaway.event.Timeline;
import app.walkaway.method.PlaybookOutcome;
import app.walkaway.text.ReadoutWords;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class ReadoutScenarioTest {
  private static final LocalDateTime DAY1 = START.atTime(10, 0);

  @Test
  void aThreatIsUnsafeAndRoutesToSafety() {
    Timeline t = Scenario.lukewarmBefore().at(DAY1.plusDays(2)).his("you'll regret this");

    Readout r = Scenario.read(t, DAY1.plusDays(5));

    assertThat(r.outcome()).isEqualTo(Outcome.UNSAFE);
    assertThat(ReadoutWords.safety(r))
        .anyMatch(s -> s.contains("more dangerous"))
        .anyMatch(s -> s.contains("emergency number"));
    assertThat(r.citations())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(ReadoutWords.quote(e)).isEqualTo("you'll regret this");
              assertThat(e.source().toString()).startsWith("chat.txt:");
              assertThat(ReadoutWords.why(e)).isEqualTo("threat: \"you'll regret\" (en/regret)");
            });
    assertThat(r.confidence().level()).isEqualTo(Confidence.Level.HIGH);
    assertThat(r.confidence().restsOn().messages()).isEqualTo(1);
    assertThat(r.reasons())
        .singleElement()
        .isInstanceOfSatisfying(
            Reason.SevereWords.class,
            w -> assertThat(w.kind()).isEqualTo(app.walkaway.signals.SignalKind.THREAT));
    assertThat(r.playbook()).isEqualTo(PlaybookOutcome.FEAR_POSSESSIVE);
  }

  @Test
  void chasingMixedWithOneThreatIsStillUnsafe() {
    Timeline t = Scenario.lukewarmBefore();
    for (int day = 0; day < 14; day++) {
      t.at(DAY1.plusDays(day)).his("I miss you so much, can we meet?");
    }
    t.at(DAY1.plusDays(9).plusHours(3)).his("if you don't answer I swear I'll make you pay");

    Readout r = Scenario.read(t, DAY1.plusDays(15));

    assertThat(r.outcome()).isEqualTo(Outcome.UNSAFE);
    assertThat(ReadoutWords.reasons(r)).anyMatch(s -> s.contains("make you pay"));
  }

  @Test
  void warmBidsAndMoreConversationsAfterTheStartAreChasing() {
    Timeline t = Scenario.lukewarmBefore();
    for (int day = 0; day < 16; day += 2) {
      t.at(DAY1.plusDays(day)).his("thinking of you. how are you?");
    }

    Readout r = Scenario.read(t, DAY1.plusDays(17));

    assertThat(r.outcome()).isEqualTo(Outcome.CHASING);
    assertThat(ReadoutWords.reasons(r))
        .anyMatch(s -> s.startsWith("He started 0.5 conversations a week before and 3.2 since"));
    assertThat(r.citations()).hasSizeGreaterThanOrEqualTo(8);
    assertThat(r.playbook()).isEqualTo(PlaybookOutcome.CHASING);
    assertThat(ReadoutWords.figures(r)).hasSize(2);
    assertThat(ReadoutWords.figures(r).get(1))
        .startsWith("He sent 0.5 messages a week before and 3.2 since");
  }

  @Test
  void aBurstOfIMissYouThenSilenceIsNotChasing() {
    Timeline t = Scenario.lukewarmBefore();
    t.at(DAY1.plusDays(1)).his("i miss you").minutes(30).his("i miss u so much");
    t.minutes(600).his("please come back").minutes(30).his("miss ya");

    Readout r = Scenario.read(t, DAY1.plusDays(20));

    assertThat(r.outcome()).isEqualTo(Outcome.INDIFFERENT);
    assertThat(ReadoutWords.reasons(r))
        .singleElement()
        .asString()
        .contains("warm messages over 1 day, then nothing from him for 18 days");
  }

  @Test
  void theSameBurstStillGoingIsChasingWithLowConfidence() {
    Timeline t = Scenario.lukewarmBefore();
    t.at(DAY1.plusDays(1)).his("i miss you").minutes(30).his("i miss u so much");
    t.minutes(600).his("please come back");

    Readout r = Scenario.read(t, DAY1.plusDays(3));

    assertThat(r.outcome()).isEqualTo(Outcome.CHASING);
    assertThat(r.confidence().level()).isEqualTo(Confidence.Level.LOW);
  }

  @Test
  void sheSlippedDailySoNothingCanBeRead() {
    Timeline t = Scenario.lukewarmBefore();
    for (int day = 0; day < 10; day++) {
      t.at(DAY1.plusDays(day))
          .hers(Kind.SLIP)
          .hers("hey, you ok?")
          .minutes(20)
          .his("hey, I miss you");
    }

    Readout r = Scenario.read(t, DAY1.plusDays(10));

    assertThat(r.outcome()).isEqualTo(Outcome.TOO_EARLY);
    assertThat(ReadoutWords.reasons(r))
        .singleElement()
        .asString()
        .contains("You reached out first on 10 of the 11 days");
    assertThat(ReadoutWords.needed(r))
        .hasValue("at least 7 days in a row without reaching out first");
  }

  @Test
  void herOwnConversationsSinceTheStartCountAsSlipsToo() {
    Timeline t = Scenario.lukewarmBefore();
    HisFigures before = Scenario.figures(t.events(), Scenario.BASELINE, START.atStartOfDay());
    HisFigures after = new HisFigures(2, 9, 8, java.util.OptionalDouble.empty());
    LocalDateTime now = START.plusDays(8).atStartOfDay();

    Readout r =
        ReadoutEngine.standard()
            .read(new ReadoutInput("He", START, now, t.events(), before, after, 6));

    assertThat(r.outcome()).isEqualTo(Outcome.TOO_EARLY);
    assertThat(ReadoutWords.reasons(r))
        .singleElement()
        .asString()
        .startsWith("You reached out first 6 times in the 8 days since you started");
  }

  @Test
  void twoWeeksExactlyOfSilenceIsIndifferent() {
    Timeline t = Scenario.lukewarmBefore();

    Readout r = Scenario.read(t, START.plusDays(14).atStartOfDay());

    assertThat(r.outcome()).isEqualTo(Outcome.INDIFFERENT);
    assertThat(r.citations())
        .singleElement()
        .satisfies(e -> assertThat(ReadoutWords.why(e)).isEqualTo("his last contact"));
  }

  @Test
  void aMinuteShortOfTwoWeeksIsTooEarlyAndSaysHowMuchLonger() {
    Timeline t = Scenario.lukewarmBefore();

    Readout r = Scenario.read(t, START.plusDays(14).atStartOfDay().minusMinutes(1));

    assertThat(r.outcome()).isEqualTo(Outcome.TOO_EARLY);
    assertThat(ReadoutWords.needed(r)).hasValue("another 1 day");
  }

  @Test
  void afterFiveDaysItNamesTheDaysStillNeeded() {
    Timeline t = Scenario.lukewarmBefore().at(DAY1.plusDays(2)).his("how are you?");

    Readout r = Scenario.read(t, START.plusDays(5).atTime(12, 0));

    assertThat(r.outcome()).isEqualTo(Outcome.TOO_EARLY);
    assertThat(ReadoutWords.needed(r)).hasValue("another 9 days");
    assertThat(ReadoutWords.reasons(r)).contains("1 warm message from him since.");
  }

  @Test
  void aSmallRiseAfterTwoWeeksNamesTheConversationsStillNeeded() {
    Timeline t = Scenario.lukewarmBefore();
    t.at(DAY1.plusDays(3))
        .his("did you get the parcel")
        .at(DAY1.plusDays(10))
        .his("the car is fixed");

    Readout r = Scenario.read(t, DAY1.plusDays(15));

    assertThat(r.outcome()).isEqualTo(Outcome.TOO_EARLY);
    assertThat(ReadoutWords.needed(r))
        .get()
        .asString()
        .matches("at least \\d+ more conversations from him before this can be read");
  }

  @Test
  void aGoodbyeAfterTheStartIsMovingOn() {
    Timeline t =
        Scenario.lukewarmBefore().at(DAY1.plusDays(4)).his("I've met someone else. take care");

    Readout r = Scenario.read(t, DAY1.plusDays(12));

    assertThat(r.outcome()).isEqualTo(Outcome.MOVING_ON);
    assertThat(r.confidence().level()).isEqualTo(Confidence.Level.HIGH);
    assertThat(r.citations())
        .extracting(Citation::quote)
        .containsExactly("I've met someone else. take care");
  }

  @Test
  void warmWordsAfterAGoodbyeTakeItBack() {
    Timeline t = Scenario.lukewarmBefore().at(DAY1.plusDays(2)).his("goodbye then");
    t.days(1).his("sorry, i didn't mean it. i miss you").days(1).his("can we meet?");
    t.days(1).his("i still love you");

    Readout r = Scenario.read(t, DAY1.plusDays(6));

    assertThat(r.outcome()).isEqualTo(Outcome.CHASING);
  }

  @Test
  void herOwnAngryWordsNeverMakeItUnsafe() {
    Timeline t =
        Scenario.lukewarmBefore().at(DAY1.plusDays(1)).hers("I'll kill you if you eat my cake");

    assertThat(Scenario.read(t, DAY1.plusDays(3)).outcome()).isEqualTo(Outcome.TOO_EARLY);
  }

  @Test
  void oneInsultIsNotYetUnsafeButTwoAre() {
    Timeline once = Scenario.lukewarmBefore().at(DAY1.plusDays(1)).his("you're pathetic");
    Timeline twice = Scenario.lukewarmBefore().at(DAY1.plusDays(1)).his("you're pathetic");
    twice.days(1).his("answer me");

    assertThat(Scenario.read(once, DAY1.plusDays(3)).outcome()).isEqualTo(Outcome.TOO_EARLY);
    Readout r = Scenario.read(twice, DAY1.plusDays(3));
    assertThat(r.outcome()).isEqualTo(Outcome.UNSAFE);
    assertThat(r.confidence().level()).isEqualTo(Confidence.Level.MEDIUM);
  }

  @Test
  void contactAfterSheAskedHimToStopIsUnsafe() {
    Timeline t =
        Scenario.lukewarmBefore().at(DAY1).add(Actor.ME, Kind.BOUNDARY, "asked him to stop");
    t.days(2).his(Kind.MISSED_CALL);

    Readout r = Scenario.read(t, DAY1.plusDays(3));

    assertThat(r.outcome()).isEqualTo(Outcome.UNSAFE);
    assertThat(r.citations()).extracting(c -> c.source().toString()).contains("logged by hand");
    assertThat(r.confidence().basis()).isEqualTo(Confidence.Basis.HIS_WORDS_OR_HER_STOP);
    assertThat(r.confidence().restsOn().calls()).isEqualTo(1);
  }
}
