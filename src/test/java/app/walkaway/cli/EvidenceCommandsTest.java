package app.walkaway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** walkaway evidence add / attach / list / verify end to end, in-process, on a real vault. */
class EvidenceCommandsTest {
  @TempDir Path dir;
  private VaultCli cli;

  @BeforeEach
  void setUp() {
    cli = VaultCli.in(dir);
    cli.init();
  }

  private CliRun add(String words, String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "add";
    System.arraycopy(args, 0, all, 1, args.length);
    return Stdin.with(words, () -> cli.run("evidence", all));
  }

  @Test
  void sheRecordsAnIncidentWithAPhotoCorrectsItAndTheChainChecksOut() throws Exception {
    Path photo =
        Files.write(dir.resolve("door.jpg"), "jpeg bytes".getBytes(StandardCharsets.UTF_8));

    CliRun first =
        add(
            "He kicked the door until it split.\nI hid in the bathroom.\n",
            "--at",
            "2026-12-05 23:40",
            "--kind",
            "violence",
            "--place",
            "my flat",
            "--witnesses",
            "Mrs Kowalska",
            "--police-ref",
            "CAD 4411",
            "--attach",
            photo.toString());
    CliRun correction =
        add("It was 23:15.", "--at", "2026-12-05 23:15", "--kind", "violence", "--corrects", "1");
    CliRun list = cli.run("evidence", "list");
    CliRun verify = cli.run("evidence", "verify");

    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(flat(first.out()))
        .contains("Kept as entry 1: violence, Sat 5 Dec 2026, 23:40, with 1 file.");
    assertThat(flat(correction.out())).contains("Kept as entry 2");
    assertThat(flat(list.out()))
        .contains("1. Sat 5 Dec 2026, 23:40 Violence")
        .contains("He kicked the door until it split.")
        .contains("I hid in the bathroom.")
        .contains("Where: my flat")
        .contains("Police reference: CAD 4411")
        .contains("File: door.jpg, SHA-256 ")
        .contains("2. Sat 5 Dec 2026, 23:15 Violence (corrects entry 1)");
    assertThat(verify.exitCode()).isZero();
    assertThat(flat(verify.out()))
        .contains("All 2 entries check out")
        .containsPattern("Chain head \\(.*\\): [0-9a-f]{64}");
  }

  @Test
  void herWordsAreNeverTakenFromAnArgument() {
    CliRun run = add("", "--at", "2026-12-05 23:40", "--kind", "threat");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(flat(run.err())).contains("nothing was kept").contains("pipe it in");
    assertThat(flat(cli.run("evidence", "list").out())).contains("Your evidence journal is empty.");
  }

  @Test
  void wordsTooLongAreRefusedWithoutReadingThemAllAndNothingIsKept() {
    CliRun run = add("x".repeat(30_000), "--at", "2026-12-05 23:40", "--kind", "threat");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(flat(run.err()))
        .contains("what happened is longer than 20000 characters; nothing was kept");
    assertThat(flat(cli.run("evidence", "list").out())).contains("Your evidence journal is empty.");
  }

  @Test
  void anUnknownKindListsTheKinds() {
    CliRun run = add("words", "--at", "2026-12-05 23:40", "--kind", "shouting");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(flat(run.err())).contains("unknown --kind 'shouting'").contains("unwanted-visit");
  }

  @Test
  void filesAddedLaterPointToTheirEntry() throws Exception {
    add("He waited at the bus stop.", "--at", "2026-12-06 08:05", "--kind", "unwanted-visit");
    Path photo = Files.write(dir.resolve("stop.jpg"), new byte[] {1, 2, 3});

    CliRun run = cli.run("evidence", "attach", "--to", "1", photo.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(flat(run.out())).contains("Kept as entry 2: unwanted visit");
    assertThat(flat(cli.run("evidence", "list").out()))
        .contains("2. Sun 6 Dec 2026, 08:05 Unwanted visit (adds to entry 1)");
  }

  @Test
  void aChangedEntryIsNamedAndTheExitCodeSaysSo() throws Exception {
    add("He waited at the bus stop.", "--at", "2026-12-06 08:05", "--kind", "unwanted-visit");
    add("He called eleven times.", "--at", "2026-12-06 22:00", "--kind", "unwanted-contact");
    try (var vault =
        app.walkaway.vault.Vault.open(
            cli.vault(), app.walkaway.vault.Passphrase.of(VaultCli.PASSPHRASE))) {
      vault.jdbc(
          c -> {
            try (Statement s = c.createStatement()) {
              s.execute("DROP TRIGGER evidence_entry_never_changes");
              return s.executeUpdate(
                  "UPDATE evidence_entry SET what = 'He called twice.' WHERE seq = 2");
            }
          });
    }

    CliRun verify = cli.run("evidence", "verify");

    assertThat(verify.exitCode()).isEqualTo(EvidenceVerifyCommand.BROKEN);
    assertThat(flat(verify.out()))
        .contains(
            "Entry 2 does not check out: it was changed after it was recorded. The entry before it checks out.");
  }

  @Test
  void oneOfHisMessagesIsKeptQuotedWithItsFileLineAndDigest() throws Exception {
    Path chat =
        Files.writeString(
            dir.resolve("chat.txt"),
            "12/01/2026, 18:03 - Juniper Hale: Please stop writing to me.\n"
                + "12/01/2026, 23:50 - Ollie Brand: You will regret this. Θα το μετανιώσεις.\n");
    cli.run("import", chat.toString(), "--me", "Juniper");

    CliRun run =
        Stdin.with(
            "", () -> cli.run("evidence", "add", "--message", "chat.txt:2", "--kind", "threat"));
    CliRun missing =
        Stdin.with(
            "", () -> cli.run("evidence", "add", "--message", "chat.txt:9", "--kind", "threat"));

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(flat(run.out())).contains("Kept as entry 1: threat, Mon 12 Jan 2026, 23:50.");
    assertThat(flat(cli.run("evidence", "list").out()))
        .contains("Message: \"You will regret this. Θα το μετανιώσεις.\"")
        .contains("chat.txt line 2 (file SHA-256 " + sha256(Files.readAllBytes(chat)) + ")")
        .contains("How: WhatsApp");
    assertThat(missing.exitCode()).isEqualTo(1);
    assertThat(flat(missing.err())).contains("chat.txt:9: no imported message is on that line");
  }

  @Test
  void everyRedFlagMessageIsKeptOnceQuotedWithItsFileLineAndDigest() throws Exception {
    Path chat =
        Files.writeString(
            dir.resolve("chat.txt"),
            "12/01/2026, 18:03 - Juniper Hale: Please stop writing to me.\n"
                + "12/01/2026, 23:50 - Ollie Brand: You will regret this.\n"
                + "13/01/2026, 08:10 - Ollie Brand: Good morning, how was the dentist?\n"
                + "13/01/2026, 21:40 - Ollie Brand: I will make you pay for this.\n");
    cli.run("import", chat.toString(), "--me", "Juniper");
    String digest = sha256(Files.readAllBytes(chat));

    CliRun first = cli.run("evidence", "add", "--from-signals");
    CliRun again = cli.run("evidence", "add", "--from-signals");

    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(flat(first.out()))
        .contains("2 messages of his read as a red flag. Kept 2 new entries")
        .contains(
            "Entry 1, Mon 12 Jan 2026, 23:50, chat.txt line 2: \u201cYou will regret this.\u201d")
        .contains("chat.txt line 4");
    assertThat(flat(again.out()))
        .contains("Nothing new was added; 2 messages were already in your journal");
    String list = flat(cli.run("evidence", "list").out());
    assertThat(list)
        .contains("chat.txt line 2 (file SHA-256 " + digest + ")")
        .contains("chat.txt line 4 (file SHA-256 " + digest + ")")
        .doesNotContain("dentist");
    assertThat(cli.run("evidence", "verify").exitCode()).isZero();
  }

  @Test
  void fromSignalsTakesNoWordsOrKindOfHers() {
    CliRun run = cli.run("evidence", "add", "--from-signals", "--kind", "threat");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(flat(run.err())).contains("--from-signals keeps his messages as they are");
  }

  private static String sha256(byte[] bytes) throws Exception {
    return java.util.HexFormat.of()
        .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  @Test
  void theReportIsWrittenFromTheVaultAndReadsBack() throws Exception {
    add(
        "Он ждал меня у работы. Czekał pod pracą.",
        "--at",
        "2026-12-06 18:05",
        "--kind",
        "unwanted-visit");
    Path pdf = dir.resolve("out/evidence.pdf");

    CliRun run = cli.run("report", "--out", pdf.toString(), "--by", "Maya Hale", "--about", "Sam");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(flat(run.out()))
        .contains("Wrote " + pdf + ": 1 entry.")
        .contains("The entry checks out")
        .contains("It is not encrypted");
    Process text = new ProcessBuilder("pdftotext", "-layout", pdf.toString(), "-").start();
    String report = flat(new String(text.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    assertThat(text.waitFor()).isZero();
    assertThat(report)
        .contains("Kept by Maya Hale")
        .contains("Concerning Sam")
        .contains("Он ждал меня у работы. Czekał pod pracą.")
        .contains("page 1 of 3");
    try (var files = Files.list(pdf.getParent())) {
      assertThat(files).as("no partial file left behind").containsExactly(pdf);
    }
  }

  /** The output with line wrapping undone, so checks do not depend on the terminal width. */
  private static String flat(String text) {
    return text.replaceAll("\\s+", " ");
  }
}
