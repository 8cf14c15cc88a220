package app.walkaway.text;

import static org.assertj.core.api.Assertions.assertThat;

import app.walkaway.safety.evidence.Verification;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class EvidenceWordsTest {
  @Test
  void anIntactJournalSaysSoPlainly() {
    assertThat(EvidenceWords.verification(new Verification.Intact(12, "ab")))
        .isEqualTo(
            "All 12 entries check out: nothing has been changed, removed or reordered since it was"
                + " recorded.");
    assertThat(EvidenceWords.verification(new Verification.Intact(0, "00")))
        .isEqualTo("Your evidence journal is empty.");
  }

  @Test
  void aBrokenJournalNamesTheFirstEntryAndWhatIsWrong() {
    assertThat(
            EvidenceWords.verification(new Verification.Broken(4, Verification.Problem.CHANGED, 3)))
        .isEqualTo(
            "Entry 4 does not check out: it was changed after it was recorded. The 3 entries"
                + " before it check out.");
    assertThat(
            EvidenceWords.verification(
                new Verification.Broken(1, Verification.Problem.ATTACHMENT_CHANGED, 0)))
        .contains("a file kept with it is missing or was changed")
        .doesNotContain("ATTACHMENT");
  }

  @Test
  void kindsAndTimesReadNaturally() {
    assertThat(EvidenceWords.kind("unwanted-visit")).isEqualTo("Unwanted visit");
    assertThat(EvidenceWords.kind("message"))
        .as("a word from an earlier Walkaway")
        .isEqualTo("Message");
    assertThat(EvidenceWords.when(LocalDateTime.parse("2026-12-05T23:40")))
        .isEqualTo("Sat 5 Dec 2026, 23:40");
  }
}
