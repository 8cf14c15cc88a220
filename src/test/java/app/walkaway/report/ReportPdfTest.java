package app.walkaway.report;

import static org.assertj.core.api.Assertions.assertThat;

import app.walkaway.event.Actor;
import app.walkaway.event.Channel;
import app.walkaway.event.Event;
import app.walkaway.event.Kind;
import app.walkaway.event.SourceRef;
import app.walkaway.safety.evidence.Details;
import app.walkaway.safety.evidence.EvidenceReport;
import app.walkaway.safety.evidence.Incident;
import app.walkaway.safety.evidence.Reference;
import app.walkaway.service.EvidenceJournal;
import app.walkaway.service.EvidenceReports;
import app.walkaway.service.KeptFile;
import app.walkaway.service.SessionSettings;
import app.walkaway.service.VaultPlace;
import app.walkaway.service.VaultSession;
import app.walkaway.vault.Passphrase;
import app.walkaway.vault.Vault;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The evidence report written from a real vault and read back with poppler's pdftotext. The PDF and
 * its text are kept under target/report-test/ to look at (pdftoppm -png -r 80).
 */
class ReportPdfTest {
  static final Path KEPT = Path.of("target/report-test");
  static final String PASSPHRASE = "seven quiet harbours";
  static final LocalDateTime NOW = LocalDateTime.parse("2026-12-07T21:14:03");
  static final byte[] PHOTO = "a photo of the split door".getBytes(StandardCharsets.UTF_8);

  @TempDir static Path dir;
  static String text;
  static EvidenceReport report;

  @BeforeAll
  static void writeTheReport() throws Exception {
    // The digests an import records, written straight to the file first (what ImportFiles does
    // is tested in ImportDigestsTest); then the journal through the service, as the CLI uses it.
    try (Vault vault = Vault.create(dir.resolve("vault.db"), Passphrase.of(PASSPHRASE))) {
      vault.sources().recordDigest("WhatsApp Chat with Sam.txt", "3f".repeat(32));
      vault.sources().recordDigest("sms-backup.xml", "a1".repeat(32));
    }
    try (VaultSession session =
        VaultSession.unlock(
            VaultPlace.in(dir), PASSPHRASE.toCharArray(), SessionSettings.oneCommand())) {
      fill(session);
      report = EvidenceReports.build(session, "Maya Hale", "Sam Brand", NOW, "0.1.0");
    }
    Files.createDirectories(KEPT);
    Path pdf = KEPT.resolve("evidence.pdf");
    ReportPdf.write(report, pdf);
    text = pdftotext(pdf);
    Files.writeString(KEPT.resolve("evidence.txt"), text);
  }

  static void fill(VaultSession session) {
    EvidenceJournal journal = new EvidenceJournal(session);
    journal.add(
        Incident.inHerWords(
                LocalDateTime.parse("2026-12-05T23:40"),
                "violence",
                "He kicked the door of my flat until it split. I hid in the bathroom and called"
                    + " the police.\nThey came after twenty minutes; he had gone.")
            .withChannel("in-person")
            .withDetails(
                new Details(
                    "",
                    "my flat, 3rd floor",
                    "Mrs Kowalska (next door)",
                    "none",
                    "",
                    "CAD 4411/05DEC")),
        List.of(new KeptFile("door.jpg", PHOTO)),
        NOW.minusHours(20));
    journal.addMessage(
        message(
            "2026-12-04T02:13",
            "Ты пожалеешь об этом. Θα το μετανιώσεις. Pożałujesz tego. Bunu ödeyeceksin, Şükran.",
            212),
        "threat",
        "He wrote this at 2 in the morning after I did not answer.",
        NOW.minusHours(19));
    journal.add(
        Incident.inHerWords(
                LocalDateTime.parse("2026-12-06T08:05"),
                "unwanted-visit",
                "He was waiting at my bus stop, though I had asked him to stay away.")
            .withChannel("in-person")
            .withDetails(new Details("", "Elm Road bus stop", "", "", "", "")),
        List.of(),
        NOW.minusHours(2));
    journal.add(
        Incident.inHerWords(
                LocalDateTime.parse("2026-12-05T23:15"),
                "violence",
                "The door was at 23:15, not 23:40.")
            .referringTo(new Reference(1, Reference.Relation.CORRECTS)),
        List.of(),
        NOW.minusHours(1));
  }

  static Event message(String at, String words, long line) {
    return new Event(
        LocalDateTime.parse(at),
        Actor.THEM,
        Kind.MESSAGE,
        Channel.WHATSAPP,
        words,
        SourceRef.of("WhatsApp Chat with Sam.txt", line),
        0);
  }

  static String pdftotext(Path pdf) throws IOException, InterruptedException {
    Path out = pdf.resolveSibling(pdf.getFileName() + ".raw.txt");
    Process process =
        new ProcessBuilder("pdftotext", "-layout", "-enc", "UTF-8", pdf.toString(), out.toString())
            .redirectErrorStream(true)
            .start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue())
        .as(new String(process.getInputStream().readAllBytes()))
        .isZero();
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  private static String flat() {
    return text.replaceAll("\\s+", " ");
  }

  @Test
  void theSummaryComesFirstWithWhoThePeriodTheCountsTheCheckAndTheHead() {
    String firstPage = text.substring(0, text.indexOf('\f')).replaceAll("\\s+", " ");

    assertThat(firstPage)
        .contains("Evidence report")
        .contains("Kept by Maya Hale")
        .contains("Concerning Sam Brand")
        .contains("Period 4 December 2026 to 6 December 2026")
        .contains("Entries 4 (1 correction, 1 with files, 1 quoting a message)")
        .contains("Violence 2 · Threat 1 · Unwanted visit 1")
        .contains("All 4 entries check out")
        .contains(((app.walkaway.safety.evidence.Verification.Intact) report.verification()).head())
        .contains("Generated 7 December 2026, 21:14:03, by Walkaway 0.1.0");
  }

  @Test
  void entriesAreInTheOrderThingsHappenedWithTheirTimes() {
    String all = flat();
    int message = all.indexOf("Fri 4 Dec 2026, 02:13 — Threat Entry 2 ·");
    int correction = all.indexOf("Sat 5 Dec 2026, 23:15 — Violence Entry 4 ·");
    int door = all.indexOf("Sat 5 Dec 2026, 23:40 — Violence Entry 1 ·");
    int visit = all.indexOf("Sun 6 Dec 2026, 08:05 — Unwanted visit Entry 3 ·");

    assertThat(List.of(message, correction, door, visit)).allMatch(i -> i > 0);
    assertThat(message).isLessThan(correction);
    assertThat(correction).isLessThan(door);
    assertThat(door).isLessThan(visit);
    assertThat(all)
        .contains("Recorded 7 Dec 2026, 01:14:03")
        .contains("corrects entry 1")
        .contains("corrected by entry 4")
        .contains("Police reference CAD 4411/05DEC")
        .contains("How WhatsApp")
        .contains("They came after twenty minutes; he had gone.");
  }

  @Test
  void aQuotedMessageKeepsEveryScriptAndCitesItsFileLineAndDigest() {
    String all = flat();

    assertThat(all)
        .contains("Ты пожалеешь об этом.")
        .contains("Θα το μετανιώσεις.")
        .contains("Pożałujesz tego.")
        .contains("Bunu ödeyeceksin, Şükran.")
        .contains("Message received Fri 4 Dec 2026, 02:13 · WhatsApp Chat with Sam.txt, line 212")
        .contains("File SHA-256 " + "3f".repeat(32));
    assertThat(all).doesNotContain("?????");
  }

  @Test
  void everySourceFileIsListedWithItsDigestAndTheAppendixLetsAReaderCheckTheChain() {
    String all = flat();

    assertThat(all)
        .contains("Source files")
        .contains("WhatsApp Chat with Sam.txt SHA-256 " + "3f".repeat(32) + " Quoted in entry 2.")
        .contains("sms-backup.xml SHA-256 " + "a1".repeat(32) + " No entry quotes it.")
        .contains("Appendix: checking the seals")
        .contains("\"previous: \"")
        .contains("walkaway evidence entry, version 1");
    for (var entry : report.chain()) {
      assertThat(all).contains("seal " + entry.hash()).contains("previous " + entry.prevHash());
    }
    assertThat(all).contains("SHA-256 " + app.walkaway.vault.Digests.sha256(PHOTO));
  }

  @Test
  void everyPageIsFootedWithTheHeadAndItsNumber() {
    String[] pages = text.split("\f");
    int count = (int) java.util.Arrays.stream(pages).filter(p -> !p.isBlank()).count();

    assertThat(count).isGreaterThanOrEqualTo(3);
    for (int i = 1; i <= count; i++) {
      assertThat(pages[i - 1].replaceAll("\\s+", " ")).contains("page " + i + " of " + count);
    }
  }

  @Test
  void aJournalThatDoesNotCheckOutSaysSoFirstAndUndrawableCharactersAreNamed() throws Exception {
    List<app.walkaway.safety.evidence.Entry> chain = new java.util.ArrayList<>();
    java.util.Optional<app.walkaway.safety.evidence.Entry> head = java.util.Optional.empty();
    for (int i = 0; i < 40; i++) {
      Incident incident =
          Incident.inHerWords(
              LocalDateTime.parse("2026-11-01T20:00").plusHours(7L * i),
              i % 3 == 0 ? "unwanted-contact" : "harassment",
              "He called "
                  + (i + 3)
                  + " times and left a voice message. 你好 "
                  + "I did not answer. ".repeat(1 + i % 4));
      head =
          java.util.Optional.of(
              app.walkaway.safety.evidence.Chain.next(head, NOW.minusDays(40 - i), incident));
      chain.add(head.get());
    }
    EvidenceReport broken =
        EvidenceReport.of(
            "",
            "",
            chain,
            new app.walkaway.safety.evidence.Verification.Broken(
                7, app.walkaway.safety.evidence.Verification.Problem.CHANGED, 6),
            java.util.Map.of(),
            NOW,
            "0.1.0");
    Path pdf = KEPT.resolve("broken.pdf");

    ReportPdf.write(broken, pdf);
    String all = pdftotext(pdf).replaceAll("\\s+", " ");

    assertThat(all)
        .contains("Kept by Not given")
        .contains("Entry 7 does not check out: it was changed after it was recorded.")
        .contains("Chain head none: the journal does not check out")
        .contains("Harassment 26 · Unwanted contact 14")
        .contains("He called 42 times")
        .contains("shown as \"?\"")
        .contains("No chat export has been imported.");
  }
}
