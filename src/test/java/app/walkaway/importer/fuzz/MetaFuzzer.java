package app.walkaway.importer.fuzz;

import app.walkaway.importer.meta.MetaImporter;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the MetaImporter. Seeds: MetaFuzzerInputs/ beside this class in the test resources. Fuzz
 * locally with {@code JAZZER_FUZZ=1 ./mvnw -o -Dtest=MetaFuzzer test}.
 */
class MetaFuzzer {
  private static final MetaImporter IMPORTER = new MetaImporter();

  @FuzzTest(maxDuration = "3m")
  void anyBytesReadOrFailWithAnImportException(byte[] data) {
    FuzzRun.read(IMPORTER, data);
  }
}
