package app.walkaway.cli;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Lets a byte-writing serializer print to the command's writer (which tests capture). Buffers per
 * flush, decoding UTF-8 only at flush/close points where the writer has written whole documents.
 */
final class WriterOutputStream extends OutputStream {
  private final PrintWriter writer;
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

  WriterOutputStream(PrintWriter writer) {
    this.writer = writer;
  }

  @Override
  public void write(int b) {
    buffer.write(b);
  }

  @Override
  public void write(byte[] bytes, int offset, int length) {
    buffer.write(bytes, offset, length);
  }

  @Override
  public void close() {
    writer.write(buffer.toString(StandardCharsets.UTF_8));
    buffer.reset();
    writer.flush();
  }
}
