package app.walkaway.importer.whatsapp;

import app.walkaway.importer.ImportException;
import app.walkaway.importer.Limits;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Stops reading a zip member past the configured size, whatever its header claims (zip bombs lie
 * about sizes), with a message that says what happened.
 */
final class CappedInputStream extends FilterInputStream {
  private final long cap;
  private final String what;
  private long read;

  CappedInputStream(InputStream in, long cap, String what) {
    super(in);
    this.cap = cap;
    this.what = what;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      count(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buf, int off, int len) throws IOException {
    int n = super.read(buf, off, len);
    if (n > 0) {
      count(n);
    }
    return n;
  }

  private void count(int n) {
    read += n;
    if (read > cap) {
      throw tooBig(what, cap);
    }
  }

  static ImportException tooBig(String what, long cap) {
    return Limits.tooBigInZip(what, cap);
  }
}
