package app.walkaway.vault;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Optional;

/**
 * SQLite's rollback journal beside the vault ({@code vault.db-journal}), read without SQLite and
 * without changing it. A journal left by a write that was interrupted (a crash, a kill, a power
 * cut) is "hot": the next connection that reads the vault copies the journal's pages back into the
 * file and deletes the journal. Those pages are encrypted, and SQLite decrypts and re-encrypts them
 * with whatever key the connection was given, so a wrong key would turn them to noise and then
 * delete the only good copy. {@link Unlock} therefore proves the key against the journal first.
 *
 * <p>The format (SQLite's pager.c, readJournalHdr and pager_playback): segments, each a header
 * padded to the sector size, then {@code nRec} records of a 4-byte page number, the page as it was
 * before the write (here encrypted, as the vault stores it) and a 4-byte checksum. A header is the
 * magic d9d505f920a163d7, nRec, a checksum seed, the vault's size in pages before the write, and in
 * the first header the sector size and page size, all big-endian. A journal whose first byte is 0
 * or that is empty is not hot; SQLite leaves it alone.
 */
final class RollbackJournal {
  static final String SUFFIX = "-journal";
  private static final byte[] MAGIC = {
    (byte) 0xd9, (byte) 0xd5, 0x05, (byte) 0xf9, 0x20, (byte) 0xa1, 0x63, (byte) 0xd7
  };
  private static final int MAX_SECTOR = 0x10000;

  private final Path path;
  private final long originalPages;
  private final byte[] originalFirstPage;

  private RollbackJournal(Path path, long originalPages, byte[] originalFirstPage) {
    this.path = path;
    this.originalPages = originalPages;
    this.originalFirstPage = originalFirstPage;
  }

  static Path pathOf(Path vault) {
    return vault.resolveSibling(vault.getFileName() + SUFFIX);
  }

  /**
   * The hot journal beside {@code vault}, if there is one SQLite would roll back: not empty and not
   * starting with a zero byte. Refuses a link or anything but a plain file in its place.
   */
  static Optional<RollbackJournal> findHot(Path vault) {
    Path path = pathOf(vault);
    if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.empty();
    }
    if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
      // SQLite would follow a link (and block on a pipe) and roll back whatever it finds.
      throw new VaultException(
          path
              + ": where Walkaway keeps the record of an unfinished save there is a link or"
              + " something else that is not a plain file. Nothing was opened or changed. If you"
              + " did not put it there, someone else may have: move it away, then try again.");
    }
    try (FileChannel in =
        FileChannel.open(path, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
      ByteBuffer first = ByteBuffer.allocate(1);
      if (in.read(first, 0) != 1 || first.get(0) == 0) {
        return Optional.empty();
      }
      return Optional.of(read(path, in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Where the journal is: named in messages, so she knows which file not to delete. */
  Path path() {
    return path;
  }

  /** The vault's size in pages before the interrupted write; 0 if the write was its creation. */
  long originalPages() {
    return originalPages;
  }

  /**
   * Page 1 as it was before the interrupted write (with the salt the vault had then), if the write
   * had got as far as journaling it. Rolling back puts it, salt and all, back into the vault.
   */
  Optional<byte[]> originalFirstPage() {
    return Optional.ofNullable(originalFirstPage).map(byte[]::clone);
  }

  private static RollbackJournal read(Path path, FileChannel in) throws IOException {
    long size = in.size();
    Header first = Header.at(in, 0, size, MAX_SECTOR).orElse(null);
    if (first == null || !first.plausible()) {
      // SQLite stops at a header it cannot read, rolling back nothing but the file's length.
      return new RollbackJournal(path, first == null ? -1 : first.originalPages(), null);
    }
    long offset = 0;
    for (Header header = first; header != null; ) {
      long records = offset + first.sector();
      long recordSize = first.pageSize() + 8L;
      // nRec 0xffffffff: written without syncs, the records run to the end (not our settings).
      long count = header.records() == 0xffffffffL ? Long.MAX_VALUE : header.records();
      for (long i = 0; i < count && records + recordSize <= size; i++) {
        if (pageNumber(in, records) == 1) {
          return new RollbackJournal(
              path, first.originalPages(), page(in, records + 4, first.pageSize()));
        }
        records += recordSize;
      }
      offset = roundUp(records, first.sector());
      header = Header.at(in, offset, size, first.sector()).orElse(null);
    }
    return new RollbackJournal(path, first.originalPages(), null);
  }

  private static long roundUp(long offset, long sector) {
    return offset == 0 ? 0 : ((offset - 1) / sector + 1) * sector;
  }

  private static long pageNumber(FileChannel in, long at) throws IOException {
    ByteBuffer number = ByteBuffer.allocate(4);
    in.read(number, at);
    return Integer.toUnsignedLong(number.getInt(0));
  }

  private static byte[] page(FileChannel in, long at, int pageSize) throws IOException {
    ByteBuffer page = ByteBuffer.allocate(pageSize);
    while (page.hasRemaining() && in.read(page, at + page.position()) > 0) {
      // read until the page is whole
    }
    return page.array();
  }

  /** One segment's header; sector and page size are the first header's, as SQLite reads them. */
  private record Header(long records, long originalPages, int sector, int pageSize) {
    static Optional<Header> at(FileChannel in, long offset, long size, int sector)
        throws IOException {
      if (offset + Math.min(sector, 28) > size) {
        return Optional.empty();
      }
      ByteBuffer bytes = ByteBuffer.allocate(28);
      in.read(bytes, offset);
      if (bytes.position() < 28 || !Arrays.equals(bytes.array(), 0, 8, MAGIC, 0, 8)) {
        return Optional.empty();
      }
      long records = Integer.toUnsignedLong(bytes.getInt(8));
      long original = Integer.toUnsignedLong(bytes.getInt(16));
      return Optional.of(new Header(records, original, bytes.getInt(20), bytes.getInt(24)));
    }

    /** SQLite's own test of a first header: powers of two within its limits. */
    boolean plausible() {
      return pageSize == PageCheck.PAGE_SIZE
          && sector >= 32
          && sector <= MAX_SECTOR
          && Integer.bitCount(sector) == 1;
    }
  }
}
