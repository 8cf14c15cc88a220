package app.walkaway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's copy of SQLite's native library: whole, named as sqlite-jdbc looks for it. */
class NativeSqliteTest {

  @Test
  void copiesTheLibraryForThisMachineUnderTheNameTheLoaderUses(@TempDir Path dir)
      throws IOException {
    Path copy = NativeSqlite.extractTo(dir.resolve("native")).orElseThrow();
    assertThat(copy).isEqualTo(dir.resolve("native").resolve(NativeSqlite.fileName()));
    // An ELF, Mach-O or PE file of some size, not an empty or partial one.
    assertThat(Files.size(copy)).isGreaterThan(100_000);
    try (Stream<Path> files = Files.list(copy.getParent())) {
      assertThat(files).containsExactly(copy);
    }
  }

  @Test
  void aSecondCopyReplacesTheFirst(@TempDir Path dir) throws IOException {
    Path first = NativeSqlite.extractTo(dir).orElseThrow();
    long size = Files.size(first);
    Path second = NativeSqlite.extractTo(dir).orElseThrow();
    assertThat(second).isEqualTo(first);
    assertThat(Files.size(second)).isEqualTo(size);
  }
}
