package app.walkaway.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a Meta (Messenger) download zip of many conversations, as FORMATS §3.1 lays it out: one
 * folder per conversation under inbox/, its messages in message_1.json, message_2.json, ... with
 * the participants first and the title last. One conversation is with {@link #HIM}; the others are
 * with "Person N". {@code MetaDownloadWriter THREADS OUT [FILES_PER_THREAD] [MESSAGES_PER_FILE]}.
 */
public final class MetaDownloadWriter {
  public static final String HIM = "Tomas Berg";
  public static final String HER = "Maya Lind";

  private MetaDownloadWriter() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: MetaDownloadWriter THREADS OUT [FILES_PER_THREAD] [MESSAGES]");
      System.exit(2);
    }
    int threads = Integer.parseInt(args[0].replace("_", ""));
    int files = args.length > 2 ? Integer.parseInt(args[2]) : 1;
    int messages = args.length > 3 ? Integer.parseInt(args[3]) : 3;
    Path out = write(Path.of(args[1]), threads, files, messages);
    System.out.printf("%s: %,d conversations, %,d bytes%n", out, threads, Files.size(out));
  }

  /** Writes the zip; his conversation is the one in the middle. */
  public static Path write(Path zip, int threads, int filesPerThread, int messagesPerFile)
      throws IOException {
    try (ZipOutputStream out =
        new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(zip), 1 << 16))) {
      out.setLevel(java.util.zip.Deflater.BEST_SPEED);
      for (int t = 0; t < threads; t++) {
        String name = t == threads / 2 ? HIM : "Person " + t;
        String folder =
            "your_facebook_activity/messages/inbox/"
                + name.toLowerCase(java.util.Locale.ROOT).replace(" ", "")
                + "_"
                + (100_000 + t)
                + "/";
        for (int f = 1; f <= filesPerThread; f++) {
          out.putNextEntry(new ZipEntry(folder + "message_" + f + ".json"));
          writeFile(out, name, t, f, messagesPerFile);
          out.closeEntry();
        }
      }
    }
    return zip;
  }

  private static void writeFile(OutputStream out, String name, int thread, int file, int messages)
      throws IOException {
    StringBuilder json = new StringBuilder();
    json.append("{\n \"participants\": [{\"name\": \"")
        .append(name)
        .append("\"}, {\"name\": \"")
        .append(HER)
        .append("\"}],\n \"messages\": [\n");
    long time = 1_700_000_000_000L + thread * 1_000_000L - file * 100_000L;
    for (int m = 0; m < messages; m++) {
      json.append(m == 0 ? "  " : ",\n  ")
          .append("{\"sender_name\": \"")
          .append(m % 2 == 0 ? name : HER)
          .append("\", \"timestamp_ms\": ")
          .append(time - m * 60_000L)
          .append(", \"content\": \"message ")
          .append(m)
          .append(" of file ")
          .append(file)
          .append(", about the weekend and the weather and whether to meet\"}");
    }
    json.append("\n ],\n \"title\": \"")
        .append(name)
        .append("\",\n \"is_still_participant\": true,\n \"thread_path\": \"inbox/")
        .append(thread)
        .append("\"\n}\n");
    out.write(json.toString().getBytes(StandardCharsets.UTF_8));
  }
}
