package app.walkaway.importer.fuzz;

import app.walkaway.importer.telegram.TelegramImporter;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the TelegramImporter. Seeds: TelegramFuzzerInputs/ beside this class in the test
 * resources. Fuzz locally with {@code JAZZER_FUZZ=1 ./mvnw -o -Dtest=TelegramFuzzer test}.
 */
class TelegramFuzzer {
  private static final TelegramImporter IMPORTER = new TelegramImporter();

  @FuzzTest(maxDuration = "3m")
  void anyBytesReadOrFailWithAnImportException(byte[] data) {
    FuzzRun.read(IMPORTER, data);
  }
}
