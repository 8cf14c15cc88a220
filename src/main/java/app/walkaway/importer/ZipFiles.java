package app.walkaway.importer;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.zip.ZipFile;

/**
 * Every zip Walkaway reads is opened here, so that the opens can be counted ({@link InputCounts}).
 */
public final class ZipFiles {
  private ZipFiles() {}

  /** Opens the zip, reading its directory; the caller closes it. */
  public static ZipFile open(Path path, Charset names) throws IOException {
    InputCounts.zipOpened();
    return new ZipFile(path.toFile(), names);
  }
}
