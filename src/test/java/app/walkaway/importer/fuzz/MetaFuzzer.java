package app.walkaway.importer.fuzz;

import app.walkaway.importer.meta.MetaImporter;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes the MetaImporter. Seeds: MetaFuzzerInputs/ beside this class in the test resources. Fuzz
 * locally with {@code JAZZER_FUZZ=1 ./mvnw -o -Dtest=MetaFuzzer test}.
 */
class MetaFuzzer {
  private static final MetaImporter IMPORTER = new MetaImporter();

  // The JUnit timeout becomes libFuzzer's per-input -timeout, so a hang is a finding.
  @FuzzTest(maxDuration = "3m")
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void anyBytesReadOrFailWithAnImportException(byte[] data) {
    FuzzRun.read(IMPORTER, data);
  }
}
