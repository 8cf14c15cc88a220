package app.walkaway.service;

import app.walkaway.safety.evidence.Details;
import app.walkaway.safety.evidence.Incident;
import app.walkaway.safety.evidence.Reference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

/** Given-helpers: a real vault with a small evidence journal. */
final class Journals {
  static final LocalDateTime NOW = LocalDateTime.parse("2026-12-07T21:14:03");
  static final byte[] PHOTO = "a photo of the door".getBytes(StandardCharsets.UTF_8);
  static final byte[] SCREENSHOT = "a screenshot".getBytes(StandardCharsets.UTF_8);

  private Journals() {}

  /** A new encrypted vault in {@code dir}, unlocked. */
  static VaultSession newVault(Path dir) {
    return Vaults.create(dir);
  }

  static Incident doorKicked() {
    return Incident.inHerWords(
            LocalDateTime.parse("2026-12-05T23:40"),
            "violence",
            "He kicked the door until it split.")
        .withChannel("in-person")
        .withDetails(
            new Details("", "my flat, 3rd floor", "Mrs Kowalska next door", "", "", "CAD 4411"));
  }

  /** Three entries: an incident with two files, a visit, and a correction of the first. */
  static EvidenceJournal threeEntries(VaultSession vault) {
    EvidenceJournal journal = new EvidenceJournal(vault);
    journal.add(
        doorKicked(),
        List.of(new KeptFile("door.jpg", PHOTO), new KeptFile("texts.png", SCREENSHOT)),
        NOW);
    journal.add(
        Incident.inHerWords(
            LocalDateTime.parse("2026-12-06T08:05"),
            "unwanted-visit",
            "He was waiting at the bus stop."),
        List.of(),
        NOW.plusMinutes(1));
    journal.add(
        Incident.inHerWords(
                LocalDateTime.parse("2026-12-05T23:40"), "violence", "It was 23:15, not 23:40.")
            .referringTo(new Reference(1, Reference.Relation.CORRECTS)),
        List.of(),
        NOW.plusMinutes(2));
    return journal;
  }
}
