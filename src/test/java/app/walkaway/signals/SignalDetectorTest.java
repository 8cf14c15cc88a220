package app.walkaway.signals;

import static org.assertj.core.api.Assertions.assertThat;

import app.walkaway.event.Actor;
import app.walkaway.event.Channel;
import app.walkaway.event.Event;
import app.walkaway.event.Kind;
import app.walkaway.event.SourceRef;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SignalDetectorTest {
  private final SignalDetector detector = SignalDetector.forLanguages(List.of("en", "de"));

  private List<SignalKind> kinds(String text) {
    return detector.read(text).stream().map(Signal::kind).toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "I MISSSSS YOUUUU | MISSES_YOU",
        "i miss u | MISSES_YOU",
        "miss ya | MISSES_YOU",
        "wanna try again with u | WANTS_BACK",
        "hey how r u | CHECK_IN",
        "ur such a loser | INSULT",
        "💔 | MISSES_YOU",
        "Ich vermisse dich | MISSES_YOU",
        "komm zuruck | WANTS_BACK",
        "komm zurück | WANTS_BACK",
      })
  void toleratesShorthandCaseStretchingAndAccents(String text, SignalKind expected) {
    assertThat(kinds(text)).containsExactly(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "I don't miss you",
        "i do not want you back",
        "I'm not sorry",
        "ich vermisse dich nicht",
        "I don't want to see you again",
      })
  void negationSwitchesAWarmBidOff(String text) {
    assertThat(kinds(text)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "you're not stupid | INSULT",
        "I would never hurt you | THREAT",
        "i dont want to hurt u but u keep pushing me | THREAT",
        "you're not a liar | INSULT",
      })
  void aNegatedRedFlagIsPossibleNeverDropped(String text, SignalKind kind) {
    List<Signal> found = detector.read(text);

    assertThat(found).extracting(Signal::kind).containsExactly(kind);
    assertThat(found).allMatch(Signal::possible);
  }

  @Test
  void aNegationTheRuleSpellsOutIsPartOfIt() {
    assertThat(detector.read("never ignore me again"))
        .anyMatch(s -> s.kind() == SignalKind.PRESSURE && !s.possible());
  }

  @Test
  void anIdiomOfOneLanguageBlocksAnotherLanguagesRule() {
    Lexicon first = lexicon("aa", "idiom: sorry to hear\nAPOLOGY sorry: sorry");
    Lexicon second = lexicon("bb", "APOLOGY sorry: sorry");

    assertThat(SignalDetector.of(List.of(first, second)).read("sorry to hear that")).isEmpty();
    assertThat(SignalDetector.of(List.of(first, second)).read("so sorry")).hasSize(2);
  }

  private static Lexicon lexicon(String language, String text) {
    return LexiconReader.read(
        language,
        new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "if you dont answer me tonight youll be sorry",
        "if u don't stop ignoring me, you'll regret it",
        "if u dont call me back by 9 im coming over",
      })
  void aNegationInTheConditionLeavesTheThreatFirm(String text) {
    assertThat(detector.read(text))
        .filteredOn(s -> s.kind() == SignalKind.THREAT)
        .isNotEmpty()
        .noneMatch(Signal::possible);
  }

  @Test
  void aResetWordEndsTheNegation() {
    assertThat(kinds("I don't know why but I miss you")).containsExactly(SignalKind.MISSES_YOU);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "this traffic is killing me",
        "I'm going to kill it tomorrow",
        "I miss the bus",
        "sorry to hear about your dad",
        "sorry, wrong chat",
        "die Hitze bringt mich um",
      })
  void idiomsAreNotSignals(String text) {
    assertThat(kinds(text)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "> I miss you",
        "  > you will regret this",
        "my sister said \"I miss you\" at the station",
        "he wrote \u201cI'll make you pay\u201d in the game chat",
      })
  void quotedWordsAreNotHis(String text) {
    assertThat(kinds(text)).isEmpty();
  }

  @Test
  void textAfterAQuotedLineStillCounts() {
    assertThat(kinds("> are you ok?\nI miss you")).containsExactly(SignalKind.MISSES_YOU);
  }

  @Test
  void aSignalNamesItsRuleAndTheWordsAsHeWroteThem() {
    String text = "honestly, i misss u so much";

    Signal signal = detector.read(text).get(0);

    assertThat(signal.kind()).isEqualTo(SignalKind.MISSES_YOU);
    assertThat(signal.rule()).isEqualTo("en/miss-you");
    assertThat(signal.match()).isEqualTo("misss u");
    assertThat(text.substring(signal.start(), signal.end())).isEqualTo(signal.match());
  }

  @Test
  void oneMessageCanCarrySeveralKindsInTheOrderWritten() {
    assertThat(kinds("I'm sorry. I miss you. Answer me!"))
        .containsExactly(SignalKind.APOLOGY, SignalKind.MISSES_YOU, SignalKind.PRESSURE);
  }

  @Test
  void herMessagesNeverYieldSignals() {
    Event hers = message(Actor.ME, "I miss you, answer me");
    Event his = message(Actor.THEM, "I miss you, answer me");

    assertThat(detector.read(hers)).isEmpty();
    assertThat(detector.read(his)).extracting(Signal::kind).contains(SignalKind.MISSES_YOU);
    assertThat(detector.readAll(List.of(hers, his)))
        .extracting(EventSignal::event)
        .containsOnly(his);
  }

  @Test
  void aLongHistoryReadOnSeveralThreadsKeepsTimelineOrder() {
    String[] texts = {"I miss you", "ok", "sorry about yesterday", "you'll regret this", "night"};
    List<Event> events = new java.util.ArrayList<>();
    for (int i = 0; i < 50_000; i++) {
      Actor who = i % 3 == 0 ? Actor.ME : Actor.THEM;
      events.add(
          Event.of(
              LocalDateTime.of(2020, 1, 1, 0, 0).plusMinutes(i),
              who,
              Kind.MESSAGE,
              Channel.WHATSAPP,
              texts[i % texts.length] + " " + i,
              SourceRef.of("chat.txt", i + 1)));
    }
    List<EventSignal> oneByOne = new java.util.ArrayList<>();
    for (Event event : events) {
      detector.read(event).forEach(s -> oneByOne.add(new EventSignal(event, s)));
    }

    assertThat(oneByOne).hasSizeGreaterThan(10_000);
    assertThat(detector.readAll(events)).containsExactlyElementsOf(oneByOne);
  }

  @Test
  void emptyAndPunctuationOnlyTextsAreQuiet() {
    assertThat(detector.read("")).isEmpty();
    assertThat(detector.read("?!... ,,,")).isEmpty();
  }

  @Test
  void onlyTheChosenLanguagesApply() {
    SignalDetector english = SignalDetector.forLanguages(List.of("en"));

    assertThat(english.read("ich vermisse dich")).isEmpty();
    assertThat(english.read("i miss you")).isNotEmpty();
  }

  private static Event message(Actor who, String text) {
    return Event.of(
        LocalDateTime.of(2026, 3, 1, 12, 0),
        who,
        Kind.MESSAGE,
        Channel.WHATSAPP,
        text,
        SourceRef.of("chat.txt", 7));
  }
}
