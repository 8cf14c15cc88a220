package app.walkaway.importer;

import static org.assertj.core.api.Assertions.assertThat;

import app.walkaway.event.Actor;
import app.walkaway.event.Channel;
import app.walkaway.event.Kind;
import app.walkaway.event.SourceRef;
import app.walkaway.importer.Participants.Problem;
import app.walkaway.importer.Participants.Reason;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ParticipantsTest {

  @Test
  void listsEveryoneMostActiveFirstWithTheirFirstSpelling() {
    Participants people =
        Participants.of(entries("Sam", "maya  lund", "Maya Lund", "\u202AMAYA LUND\u202C"));

    assertThat(people.list())
        .extracting(Participant::withCount)
        .containsExactly("maya  lund (3 messages)", "Sam (1 message)");
  }

  @Test
  void findsANameWhateverItsCaseSpacingOrMarks() {
    Participants people = Participants.of(entries("Maya Lund", "Sam"));

    assertThat(people.find(" maya\u00A0LUND ")).map(Participant::name).hasValue("Maya Lund");
    assertThat(people.find("Maya")).map(Participant::name).hasValue("Maya Lund");
    assertThat(people.find("Mia")).isEmpty();
    assertThat(people.find("Ma")).isEmpty();
  }

  @Test
  void aFirstNameSharedByTwoPeopleMatchesNeither() {
    Participants people = Participants.of(entries("Maya Lund", "Maya Berg", "Sam"));

    assertThat(people.find("Maya")).isEmpty();
  }

  @Test
  void theOtherOfTwoIsThem() {
    Participants.Choice choice =
        Participants.of(entries("Maya", "Sam", "Sam"))
            .choose(Optional.of("maya"), Optional.empty());

    Cast cast = (Cast) choice;
    assertThat(cast.me().name()).isEqualTo("Maya");
    assertThat(cast.them()).map(Participant::name).hasValue("Sam");
    assertThat(cast.actorOf(Author.named("SAM"))).isEqualTo(Actor.THEM);
  }

  @Test
  void withoutHerNameOrWithAWrongOneSheIsAsked() {
    Participants people = Participants.of(entries("Maya", "Sam"));

    assertThat(people.choose(Optional.empty(), Optional.empty()))
        .isEqualTo(new Problem(Reason.ME_MISSING, Optional.empty(), Optional.empty()));
    assertThat(people.choose(Optional.of("Mia"), Optional.empty()))
        .isEqualTo(new Problem(Reason.ME_UNKNOWN, Optional.of("Mia"), Optional.empty()));
  }

  @Test
  void aGroupNeedsHisName() {
    Participants people = Participants.of(entries("Maya", "Sam", "Jo", "Jo"));

    Participant maya = people.find("Maya").orElseThrow();
    assertThat(people.choose(Optional.of("Maya"), Optional.empty()))
        .isEqualTo(new Problem(Reason.GROUP, Optional.empty(), Optional.of(maya)));
    Cast cast = (Cast) people.choose(Optional.of("Maya"), Optional.of("sam"));
    assertThat(cast.actorOf(Author.named("Jo"))).isEqualTo(Actor.OTHER);
    assertThat(people.choose(Optional.of("Maya"), Optional.of("Maya")))
        .isEqualTo(new Problem(Reason.THEM_UNKNOWN, Optional.of("Maya"), Optional.of(maya)));
  }

  @Test
  void theExportsOwnerIsAlwaysHer() {
    List<Entry> entries = new ArrayList<>(entries("Sam"));
    entries.add(entry(Author.owner("Me")));

    Cast cast = (Cast) Participants.of(entries).choose(Optional.empty(), Optional.empty());

    assertThat(cast.me().name()).isEqualTo("Me");
    assertThat(cast.toEvents(entries))
        .extracting(e -> e.who())
        .containsExactly(Actor.THEM, Actor.ME);
  }

  @Test
  void herNameAndTheOwnerOfAnotherExportAreBothHer() {
    // An SMS backup marks her as the owner "me"; a WhatsApp chat of the same person names her.
    List<Entry> entries = new ArrayList<>(entries("Maya", "Sam"));
    entries.add(entry(Author.owner("me")));

    Cast cast = (Cast) Participants.of(entries).choose(Optional.of("Maya"), Optional.of("Sam"));

    assertThat(cast.toEvents(entries))
        .extracting(e -> e.who())
        .containsExactly(Actor.ME, Actor.THEM, Actor.ME);
    assertThat(Participants.of(entries).choose(Optional.of("Maya"), Optional.empty()))
        .isInstanceOf(Cast.class);
  }

  @Test
  void sheIsTheOwnerWhenAnyExportMarksHerSo() {
    List<Entry> entries = new ArrayList<>(entries("Maya Lind", "Sam"));
    entries.add(entry(Author.owner("Maya Lind")));

    Cast cast = (Cast) Participants.of(entries).choose(Optional.empty(), Optional.empty());

    assertThat(cast.me().name()).isEqualTo("Maya Lind");
  }

  @Test
  void aChatOnlySheWroteInHasNoThem() {
    Cast cast =
        (Cast) Participants.of(entries("Maya")).choose(Optional.of("Maya"), Optional.empty());

    assertThat(cast.them()).isEmpty();
    assertThat(cast.actorOf(Author.named("Sam"))).isEqualTo(Actor.OTHER);
  }

  private static List<Entry> entries(String... authors) {
    List<Entry> entries = new ArrayList<>();
    for (String name : authors) {
      entries.add(entry(Author.named(name)));
    }
    return entries;
  }

  private static Entry entry(Author author) {
    return new Entry(
        LocalDateTime.parse("2026-03-01T10:00"),
        author,
        Kind.MESSAGE,
        Channel.WHATSAPP,
        "hi",
        SourceRef.of("chat.txt", 1),
        0);
  }
}
