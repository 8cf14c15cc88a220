package app.walkaway.safety.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Sealing, linking and verifying entries, without storage. */
class ChainTest {
  private static final LocalDateTime T = LocalDateTime.parse("2026-11-30T22:10:00");

  private static Incident threat() {
    return Incident.inHerWords(T, "threat", "He said he would burn the flat down.")
        .withChannel("whatsapp")
        .withDetails(new Details("+44 7700 900123", "home", "Ana", "", "", "CR/123/26"))
        .quoting(new Quote("Ill burn it", "chat.txt", 212, "ab".repeat(32), T.minusMinutes(2)))
        .withAttachments(List.of(new AttachmentRef(0, "screen.png", "cd".repeat(32), 1234)));
  }

  private static List<Entry> chainOfThree() {
    Entry first = Chain.next(Optional.empty(), T.plusHours(1), threat());
    Entry second =
        Chain.next(
            Optional.of(first),
            T.plusHours(2),
            Incident.inHerWords(T.plusDays(1), "unwanted-visit", "He waited outside work."));
    Entry third =
        Chain.next(
            Optional.of(second),
            T.plusHours(3),
            Incident.inHerWords(T, "threat", "It was 22:05, not 22:10.")
                .referringTo(new Reference(1, Reference.Relation.CORRECTS)));
    return List.of(first, second, third);
  }

  private static Map<AttachmentKey, String> storedFiles() {
    return Map.of(new AttachmentKey(1, 0), "cd".repeat(32));
  }

  @Test
  void entriesAreNumberedFromOneAndEachLinksToTheSealBefore() {
    List<Entry> chain = chainOfThree();

    assertThat(chain).extracting(Entry::seq).containsExactly(1L, 2L, 3L);
    assertThat(chain.get(0).prevHash()).isEqualTo(Chain.GENESIS);
    assertThat(chain.get(1).prevHash()).isEqualTo(chain.get(0).hash());
    assertThat(chain.get(2).prevHash()).isEqualTo(chain.get(1).hash());
    assertThat(chain)
        .extracting(Entry::hash)
        .allMatch(h -> h.matches("[0-9a-f]{64}"))
        .doesNotHaveDuplicates();
    assertThat(Chain.verify(chain, storedFiles()))
        .isEqualTo(new Verification.Intact(3, chain.get(2).hash()));
  }

  @Test
  void theSealIsSha256OverThePreviousSealAndTheDocumentedEncoding() throws Exception {
    Entry entry =
        Chain.next(
            Optional.empty(),
            T,
            Incident.inHerWords(T.minusHours(1), "threat", "Line one\nback\\slash"));
    String expected =
        "previous: "
            + "0".repeat(64)
            + "\n"
            + "walkaway evidence entry, version 1\n"
            + "seq: 1\n"
            + "recorded-at: 2026-11-30T22:10:00\n"
            + "occurred-at: 2026-11-30T21:10:00\n"
            + "kind: threat\n"
            + "channel: \n"
            + "what: Line one\\nback\\\\slash\n"
            + "his-identifier: \n"
            + "place: \n"
            + "witnesses: \n"
            + "injuries: \n"
            + "medical: \n"
            + "police-reference: \n"
            + "refers-to: -\n"
            + "quote: -\n";
    byte[] digest =
        MessageDigest.getInstance("SHA-256").digest(expected.getBytes(StandardCharsets.UTF_8));

    assertThat(entry.hash()).isEqualTo(HexFormat.of().formatHex(digest));
  }

  @Test
  void aLineBreakInHerWordsCannotForgeAnotherField() {
    Incident forged = Incident.inHerWords(T, "threat", "x\nkind: other");

    assertThat(Canonical.of(1, T, forged))
        .contains("what: x\\nkind: other\n")
        .containsOnlyOnce("\nkind: ");
  }

  static Stream<Arguments> changes() {
    return Stream.of(
        change(
            "occurred at",
            i ->
                new Incident(
                    i.occurredAt().plusMinutes(1),
                    i.kind(),
                    i.channel(),
                    i.what(),
                    i.details(),
                    i.refersTo(),
                    i.quote(),
                    i.attachments())),
        change(
            "kind",
            i ->
                new Incident(
                    i.occurredAt(),
                    "harassment",
                    i.channel(),
                    i.what(),
                    i.details(),
                    i.refersTo(),
                    i.quote(),
                    i.attachments())),
        change("channel", i -> i.withChannel("sms")),
        change(
            "her words",
            i ->
                new Incident(
                    i.occurredAt(),
                    i.kind(),
                    i.channel(),
                    i.what() + " ",
                    i.details(),
                    i.refersTo(),
                    i.quote(),
                    i.attachments())),
        change(
            "his identifier",
            i -> i.withDetails(new Details("+44 7700 900124", "home", "Ana", "", "", "CR/123/26"))),
        change(
            "place",
            i -> i.withDetails(new Details("+44 7700 900123", "Home", "Ana", "", "", "CR/123/26"))),
        change(
            "witnesses",
            i -> i.withDetails(new Details("+44 7700 900123", "home", "", "", "", "CR/123/26"))),
        change(
            "injuries",
            i ->
                i.withDetails(
                    new Details("+44 7700 900123", "home", "Ana", "bruise", "", "CR/123/26"))),
        change(
            "medical",
            i ->
                i.withDetails(
                    new Details("+44 7700 900123", "home", "Ana", "", "GP", "CR/123/26"))),
        change(
            "police reference",
            i -> i.withDetails(new Details("+44 7700 900123", "home", "Ana", "", "", "CR/124/26"))),
        change("reference", i -> i.referringTo(new Reference(1, Reference.Relation.ADDS_TO))),
        change(
            "quote words",
            i ->
                i.quoting(
                    new Quote(
                        "I'll burn it", "chat.txt", 212, "ab".repeat(32), T.minusMinutes(2)))),
        change(
            "quote line",
            i ->
                i.quoting(
                    new Quote("Ill burn it", "chat.txt", 213, "ab".repeat(32), T.minusMinutes(2)))),
        change(
            "quote file digest",
            i -> i.quoting(new Quote("Ill burn it", "chat.txt", 212, "", T.minusMinutes(2)))),
        change(
            "attachment name",
            i ->
                i.withAttachments(
                    List.of(new AttachmentRef(0, "screen2.png", "cd".repeat(32), 1234)))),
        change(
            "attachment size",
            i ->
                i.withAttachments(
                    List.of(new AttachmentRef(0, "screen.png", "cd".repeat(32), 1235)))),
        change("attachment removed", i -> i.withAttachments(List.of())));
  }

  private static Arguments change(String what, UnaryOperator<Incident> edit) {
    return Arguments.of(what, edit);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("changes")
  void changingAnyPartOfAnEntryIsFoundAtThatEntry(String what, UnaryOperator<Incident> edit) {
    List<Entry> chain = new ArrayList<>(chainOfThree());
    Entry first = chain.get(0);
    chain.set(
        0,
        new Entry(
            first.seq(),
            first.recordedAt(),
            edit.apply(first.incident()),
            first.prevHash(),
            first.hash()));

    assertThat(Chain.verify(chain, storedFiles()))
        .isEqualTo(new Verification.Broken(1, Verification.Problem.CHANGED, 0));
  }

  @Test
  void changingWhenItWasRecordedIsFound() {
    List<Entry> chain = new ArrayList<>(chainOfThree());
    Entry second = chain.get(1);
    chain.set(
        1,
        new Entry(
            2,
            second.recordedAt().minusDays(1),
            second.incident(),
            second.prevHash(),
            second.hash()));

    assertThat(Chain.verify(chain, storedFiles()))
        .isEqualTo(new Verification.Broken(2, Verification.Problem.CHANGED, 1));
  }

  @Test
  void resealingAChangedEntryBreaksTheLinkOfTheNext() {
    List<Entry> chain = new ArrayList<>(chainOfThree());
    Entry second = chain.get(1);
    Incident edited = Incident.inHerWords(T.plusDays(1), "unwanted-visit", "Nothing happened.");
    chain.set(1, Chain.seal(2, second.prevHash(), second.recordedAt(), edited));

    assertThat(Chain.verify(chain, storedFiles()))
        .isEqualTo(new Verification.Broken(3, Verification.Problem.LINK_BROKEN, 2));
  }

  @Test
  void aRemovedEntryIsNamed() {
    List<Entry> chain = new ArrayList<>(chainOfThree());
    chain.remove(1);

    assertThat(Chain.verify(chain, storedFiles()))
        .isEqualTo(new Verification.Broken(2, Verification.Problem.MISSING, 1));
  }

  @Test
  void aFileWhoseBytesChangedIsFound() {
    Map<AttachmentKey, String> changed = Map.of(new AttachmentKey(1, 0), "ce".repeat(32));

    assertThat(Chain.verify(chainOfThree(), changed))
        .isEqualTo(new Verification.Broken(1, Verification.Problem.ATTACHMENT_CHANGED, 0));
    assertThat(Chain.verify(chainOfThree(), Map.of()))
        .isEqualTo(new Verification.Broken(1, Verification.Problem.ATTACHMENT_CHANGED, 0));
  }

  @Test
  void anEntryWithoutASealIsNamed() {
    List<Entry> chain = new ArrayList<>(chainOfThree());
    Entry second = chain.get(1);
    chain.set(1, new Entry(2, second.recordedAt(), second.incident(), "", ""));

    assertThat(Chain.verify(chain, storedFiles()))
        .isEqualTo(new Verification.Broken(2, Verification.Problem.NOT_SEALED, 1));
  }

  @Test
  void aCorrectionIsANewEntryAndTheOriginalStaysAsItWas() {
    List<Entry> chain = chainOfThree();

    assertThat(chain.get(0).incident()).isEqualTo(threat());
    assertThat(chain.get(2).incident().refersTo())
        .contains(new Reference(1, Reference.Relation.CORRECTS));
  }

  @Test
  void aCorrectionOfAnEntryThatDoesNotExistIsRefused() {
    Entry first = chainOfThree().get(0);
    Incident correction =
        Incident.inHerWords(T, "threat", "typo")
            .referringTo(new Reference(5, Reference.Relation.CORRECTS));

    assertThatThrownBy(() -> Chain.next(Optional.of(first), T, correction))
        .isInstanceOf(EvidenceException.class)
        .hasMessageContaining("no entry 5")
        .hasMessageContaining("has 1 entry");
  }

  @Test
  void anEntryNeedsWordsAQuoteOrAFile() {
    assertThatThrownBy(() -> Chain.next(Optional.empty(), T, Incident.inHerWords(T, "threat", " ")))
        .isInstanceOf(EvidenceException.class)
        .hasMessageContaining("in your words");
  }

  @Test
  void anEmptyJournalIsIntact() {
    assertThat(Chain.verify(List.of(), Map.of()))
        .isEqualTo(new Verification.Intact(0, Chain.GENESIS));
  }
}
