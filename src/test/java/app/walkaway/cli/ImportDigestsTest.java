package app.walkaway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Importing records the SHA-256 of the exact bytes each source file held. */
class ImportDigestsTest {
  private static final String CHAT =
      "12/01/2026, 18:03 - Juniper Hale: Are we still on for the quiz night?\n"
          + "12/01/2026, 18:10 - Ollie Brand: yes, table booked\n";
  @TempDir Path dir;

  @Test
  void aPlainFileAndAZipMemberEachGetTheDigestOfTheirBytes() throws Exception {
    VaultCli cli = VaultCli.in(dir);
    cli.init();
    byte[] bytes = CHAT.getBytes(StandardCharsets.UTF_8);
    Path plain = Files.write(dir.resolve("chat.txt"), bytes);
    Path zip = dir.resolve("export.zip");
    try (OutputStream out = Files.newOutputStream(zip);
        ZipOutputStream entries = new ZipOutputStream(out)) {
      entries.putNextEntry(new ZipEntry("_chat.txt"));
      entries.write(
          (CHAT + "13/01/2026, 09:30 - Ollie Brand: lighthouse?\n")
              .getBytes(StandardCharsets.UTF_8));
      entries.closeEntry();
    }

    CliRun run = cli.run("import", plain.toString(), zip.toString(), "--me", "Juniper");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode export = new ObjectMapper().readTree(cli.run("export", "--json").out());

    Map<String, String> digests = new HashMap<>();
    export
        .get("sources")
        .forEach(s -> digests.put(s.get("file").asText(), s.get("sha256").asText()));
    assertThat(digests)
        .containsEntry("chat.txt", sha256(bytes))
        .containsEntry(
            "export.zip/_chat.txt",
            sha256(
                (CHAT + "13/01/2026, 09:30 - Ollie Brand: lighthouse?\n")
                    .getBytes(StandardCharsets.UTF_8)))
        .hasSize(2);
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
