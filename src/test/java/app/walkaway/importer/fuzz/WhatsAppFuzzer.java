package app.walkaway.importer.fuzz;

import app.walkaway.importer.whatsapp.WhatsAppImporter;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the WhatsAppImporter. Seeds: WhatsAppFuzzerInputs/ beside this class in the test resources
 * (a few layouts from the WhatsApp corpus and a zipped iOS export). Fuzz locally with {@code
 * JAZZER_FUZZ=1 ./mvnw -o -Dtest=WhatsAppFuzzer test}.
 */
class WhatsAppFuzzer {
  private static final WhatsAppImporter IMPORTER = new WhatsAppImporter();

  @FuzzTest(maxDuration = "3m")
  void anyBytesReadOrFailWithAnImportException(byte[] data) {
    FuzzRun.read(IMPORTER, data);
  }
}
