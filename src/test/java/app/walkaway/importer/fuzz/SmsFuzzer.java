package app.walkaway.importer.fuzz;

import app.walkaway.importer.sms.SmsImporter;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the SmsImporter. Seeds: SmsFuzzerInputs/ beside this class in the test resources. Fuzz
 * locally with {@code JAZZER_FUZZ=1 ./mvnw -o -Dtest=SmsFuzzer test}.
 */
class SmsFuzzer {
  private static final SmsImporter IMPORTER = new SmsImporter();

  @FuzzTest(maxDuration = "3m")
  void anyBytesReadOrFailWithAnImportException(byte[] data) {
    FuzzRun.read(IMPORTER, data);
  }
}
