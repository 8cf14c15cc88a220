package app.walkaway.importer.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.walkaway.bench.MetaDownloadWriter;
import app.walkaway.importer.Conversations;
import app.walkaway.importer.ImportOptions;
import app.walkaway.importer.ImportReport;
import app.walkaway.importer.Importers;
import app.walkaway.importer.InputCounts;
import app.walkaway.importer.WhichConversationException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A download of many conversations is read in time that grows with its size, not its square: the
 * zip's directory is read a fixed number of times however many conversations it holds (it was read
 * once per file), and with his name only his conversation is read whole (all were). Counted opens
 * and bytes, not time: bench/meta-threads.sh times it.
 */
class ManyConversationsTest {
  @TempDir Path dir;

  @ParameterizedTest(name = "{0} conversations")
  @ValueSource(ints = {5_000, 10_000, 20_000, 100_000})
  void withHisNameEachConversationIsOpenedOnceAndTheZipTwice(int threads) throws IOException {
    Path zip = MetaDownloadWriter.write(dir.resolve("facebook.zip"), threads, 1, 3);
    Counts before = Counts.now();

    ImportReport report = read(zip, MetaDownloadWriter.HIM);

    Counts used = Counts.now().minus(before);
    assertThat(report.entries()).isEqualTo(3);
    assertThat(used.zips()).as("the directory read by Peek and by the reading").isEqualTo(2);
    assertThat(used.members())
        .as("each conversation's first file, his once more")
        .isEqualTo(threads + 1);
  }

  /**
   * Only where his messages are is a file read past its participants: the other conversations'
   * later files are never opened, and of their first files only the opening kilobytes are read.
   */
  @Test
  void withHisNameOnlyHisConversationIsReadWhole() throws IOException {
    int threads = 60;
    Path zip = MetaDownloadWriter.write(dir.resolve("facebook.zip"), threads, 3, 1500);
    Counts before = Counts.now();

    ImportReport report = read(zip, MetaDownloadWriter.HIM);

    Counts used = Counts.now().minus(before);
    long perFile = 1500 * 110; // bytes of a file, at least
    assertThat(report.entries()).isEqualTo(3 * 1500);
    assertThat(used.members()).isEqualTo(threads + 3);
    assertThat(used.bytes())
        .as("his three files whole, a few kB of each other first file")
        .isBetween(3 * perFile, 4 * perFile + threads * 32_000L);
  }

  /** Without his name, the refusal lists 30 conversations and reads no others. */
  @Test
  void withoutANameOnlyTheListedConversationsAreRead() throws IOException {
    Path zip = MetaDownloadWriter.write(dir.resolve("facebook.zip"), 2_000, 2, 3);
    Counts before = Counts.now();

    assertThatThrownBy(() -> read(zip, null))
        .hasMessageStartingWith("facebook.zip: holds 2000 conversations; say whose to read")
        .hasMessageContaining("Person 0 (6 messages), Person 1 (6 messages)")
        .hasMessageEndingWith(", and 1970 more.");

    Counts used = Counts.now().minus(before);
    assertThat(used.members()).isEqualTo(2L * Conversations.LISTED);
    assertThat(used.zips()).isEqualTo(2);
  }

  /** A name that is no one's still lists the conversations, reading each first file once more. */
  @Test
  void aNameThatIsNoOnesListsThemReadingEachFirstFileTwice() throws IOException {
    Path zip = MetaDownloadWriter.write(dir.resolve("facebook.zip"), 2_000, 1, 3);
    Counts before = Counts.now();

    assertThatThrownBy(() -> read(zip, "Nobody Here"))
        .isInstanceOfSatisfying(
            WhichConversationException.class,
            e -> assertThat(e.choices()).hasSize(Conversations.LISTED))
        .hasMessageStartingWith(
            "facebook.zip: none of its conversations is with 'Nobody Here'; choose one")
        .hasMessageEndingWith(", and 1970 more.");

    assertThat(Counts.now().minus(before).members()).isEqualTo(2 * 2_000 + Conversations.LISTED);
  }

  private static ImportReport read(Path zip, String them) {
    return Importers.read(
        zip, ImportOptions.defaults().withThem(Optional.ofNullable(them)), entry -> {});
  }

  private record Counts(long zips, long members, long bytes) {
    static Counts now() {
      return new Counts(
          InputCounts.zipsOpened(), InputCounts.membersOpened(), InputCounts.memberBytes());
    }

    Counts minus(Counts before) {
      return new Counts(zips - before.zips, members - before.members, bytes - before.bytes);
    }
  }
}
