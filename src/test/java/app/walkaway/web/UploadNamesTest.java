package app.walkaway.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An uploaded file keeps the name she gave it, and nothing that could lead outside its folder. */
class UploadNamesTest {

  @ParameterizedTest(name = "\"{0}\" is kept as \"{1}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "WhatsApp Chat with Sam.txt|WhatsApp Chat with Sam.txt",
        "../../etc/passwd|passwd",
        "C:\\Users\\maya\\Downloads\\chat.zip|chat.zip",
        ".hidden.txt|hidden.txt",
        "..|chat.txt",
        "a:b*c?.json|a_b_c_.json"
      })
  void namesLoseFoldersAndTricks(String submitted, String kept) {
    assertThat(UploadNames.safe(submitted)).isEqualTo(kept);
  }

  @Test
  void controlCharactersAndEndlessNamesAreTamed() {
    assertThat(UploadNames.safe("chat\u0000\n.txt")).isEqualTo("chat__.txt");
    String endless = UploadNames.safe("x".repeat(500) + ".txt");
    assertThat(endless).hasSize(UploadNames.MAX).endsWith(".txt");
  }

  @Test
  void twoFilesOfOneNameBothArrive() {
    Set<String> taken = new HashSet<>();
    assertThat(UploadNames.unique("chat.txt", taken)).isEqualTo("chat.txt");
    assertThat(UploadNames.unique("Chat.txt", taken)).isEqualTo("2-Chat.txt");
    assertThat(UploadNames.unique("chat.txt", taken)).isEqualTo("3-chat.txt");
  }

  @Test
  void sizesAreSaidAsAPersonWould() {
    assertThat(UploadNames.size(1L << 30)).isEqualTo("1 GB");
    assertThat(UploadNames.size(200L << 20)).isEqualTo("200 MB");
    assertThat(UploadNames.size(20_000)).isEqualTo("20 kB");
  }
}
