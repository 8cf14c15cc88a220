package app.walkaway.method;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code playbook.json} into {@link Playbook}. The file is ours, so a broken one is a bug: it
 * fails loudly with the file and the item id, and unknown keys are rejected to catch typos.
 */
final class PlaybookReader {
  private PlaybookReader() {}

  /** One entry as written in the file; which optional fields are needed depends on the section. */
  record RawItem(
      String id,
      String text,
      String help,
      String area,
      String choice,
      String soft,
      String strict,
      String warning,
      String group,
      String situation,
      List<String> next,
      List<String> keywords) {}

  /** The whole file. */
  record RawPlaybook(
      String about,
      List<RawItem> situations,
      List<RawItem> questions,
      List<RawItem> cautions,
      List<RawItem> tactics,
      List<RawItem> signals,
      List<RawItem> outcomes,
      List<RawItem> nextSteps,
      List<RawItem> safety,
      List<RawItem> guidance,
      List<RawItem> drafts,
      List<RawItem> exceptions,
      List<RawItem> principles,
      Map<String, List<String>> stages,
      Map<String, List<String>> triggers) {}

  static Playbook read(InputStream in, String origin) {
    ObjectMapper mapper =
        new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    try {
      return new PlaybookBuilder(origin).build(mapper.readValue(in, RawPlaybook.class));
    } catch (JsonProcessingException e) {
      long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new IllegalStateException(origin + ":" + line + ": " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(origin + ": cannot read the playbook", e);
    }
  }
}
