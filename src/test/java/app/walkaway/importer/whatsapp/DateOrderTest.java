package app.walkaway.importer.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;

import app.walkaway.importer.Entry;
import app.walkaway.importer.ImportedFile;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The day/month order is decided from the whole file and the note says how (FORMATS §1.3). */
class DateOrderTest {
  @TempDir Path dir;

  @Test
  void aDayAbove12DecidesEvenLateInTheFile() {
    ImportedFile file =
        Chats.read(
            dir,
            "late.txt",
            "01/02/2022, 10:00 - Ann: a\n05/02/2022, 10:00 - Ann: b\n23/03/2022, 10:00 - Bo: c\n");

    assertThat(file.report().notes())
        .contains("Dates read as day/month/year: line 3 has 23/03/2022, and 23 cannot be a month.");
    assertThat(file.entries().get(0).at().toLocalDate()).isEqualTo(LocalDate.of(2022, 2, 1));
  }

  @Test
  void theProofQuotesArabicIndicDigitsAsWritten() {
    ImportedFile file =
        Chats.read(dir, "ar.txt", "٠١/٠٢/٢٠٢٢, ١٠:٠٠ - Ann: a\n" + "٢٣/٠٣/٢٠٢٢, ١٠:٠٠ - Bo: b\n");

    assertThat(file.report().notes())
        .contains(
            "Dates read as day/month/year: line 2 has ٢٣/٠٣/٢٠٢٢," + " and ٢٣ cannot be a month.");
    assertThat(file.entries().get(1).at().toLocalDate()).isEqualTo(LocalDate.of(2022, 3, 23));
  }

  @Test
  void aSecondFieldAbove12MeansMonthFirst() {
    ImportedFile file =
        Chats.read(dir, "us.txt", "3/4/22, 9:00 AM - Ann: a\n3/18/22, 9:00 AM - Bo: b\n");

    assertThat(file.report().notes())
        .contains("Dates read as month/day/year: line 2 has 3/18/22, and 18 cannot be a month.");
    assertThat(file.entries().get(0).at().toLocalDate()).isEqualTo(LocalDate.of(2022, 3, 4));
  }

  @Test
  void withoutProofTheOrderWithFewerBackwardJumpsWins() {
    // Read day first this goes 1 Feb, 1 Mar, 1 Apr, 2 Jan...; month first it is 2-5 Jan in order.
    String chat =
        "1/2/22, 10:00 - Ann: a\n1/3/22, 10:00 - Bo: b\n1/4/22, 10:00 - Ann: c\n"
            + "1/5/22, 10:00 - Bo: d\n2/1/22, 10:00 - Ann: e\n";
    ImportedFile file = Chats.read(dir, "jumps.txt", chat);

    assertThat(file.report().notes())
        .contains(
            "Dates read as month/day/year: read that way the dates never go backwards, read as"
                + " day/month/year they do once.");
    assertThat(file.entries()).extracting(Entry::at).isSorted();
  }

  @Test
  void whenNothingDecidesDayFirstIsAssumedAndSaidToBeAGuess() {
    ImportedFile file =
        Chats.read(dir, "guess.txt", "12/9/20, 10:00 - Ann: a\n12/9/20, 10:05 - Bo: b\n");

    assertThat(file.report().notes())
        .contains(
            "Dates read as day/month/year, but nothing in the file proves it: every day is 12 or"
                + " less. If the dates look wrong, the phone wrote the month first.");
    assertThat(file.entries().get(0).at().toLocalDate()).isEqualTo(LocalDate.of(2020, 9, 12));
  }

  @Test
  void yearFirstIsAlwaysYearMonthDay() {
    ImportedFile file = Chats.read(dir, "ymd.txt", "2024/12/01, 5:46 pm - Ann: a\n");

    assertThat(file.entries().get(0).at().toLocalDate()).isEqualTo(LocalDate.of(2024, 12, 1));
    assertThat(file.report().notes().get(0)).startsWith("Dates read as year/month/day");
  }
}
