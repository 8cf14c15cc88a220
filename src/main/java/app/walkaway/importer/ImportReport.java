package app.walkaway.importer;

import java.util.List;
import java.util.Objects;

/**
 * What reading one file found, to show her alongside the figures.
 *
 * @param origin the file as she named it
 * @param format the detected format, e.g. "WhatsApp (Android)"
 * @param entries authored items read
 * @param systemLines system lines recognised and left out (joins, encryption notices, ...)
 * @param replacedChars undecodable bytes or broken characters replaced with U+FFFD
 * @param notes plain sentences worth telling her, e.g. how the day/month order was decided, or
 *     where a truncated file stopped
 */
public record ImportReport(
    String origin,
    String format,
    long entries,
    long systemLines,
    long replacedChars,
    List<String> notes) {
  public ImportReport {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(format, "format");
    notes = List.copyOf(notes);
  }
}
