package app.walkaway.service.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The short conversations of the months before she stepped back, read from {@code before.txt}: one
 * block per conversation, in sections by who opens it ({@code [her]}, {@code [his]}) and when
 * ({@code [late]}: the last weeks, in file order).
 */
final class Exchanges {
  static final String RESOURCE = "before.txt";

  /** One message of a block: hers or his, and its words. */
  record Said(boolean mine, String text) {}

  /** When in the day a block's first message may be sent. */
  record Window(LocalTime from, LocalTime to) {}

  /**
   * One conversation.
   *
   * @param messages in order
   * @param window when it may start, if the words say (a "good morning"); else any sensible hour
   */
  record Block(List<Said> messages, Optional<Window> window) {
    boolean hers() {
      return messages.get(0).mine();
    }
  }

  private final Map<String, List<Block>> sections;

  private Exchanges(Map<String, List<Block>> sections) {
    this.sections = sections;
  }

  /** The blocks of {@code section}, in file order; none for an unknown section. */
  List<Block> section(String name) {
    return sections.getOrDefault(name, List.of());
  }

  static Exchanges load() {
    try (InputStream in = Exchanges.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the jar");
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(RESOURCE + ": " + e.getMessage(), e);
    }
  }

  static Exchanges parse(BufferedReader reader) throws IOException {
    Parser parser = new Parser();
    int number = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      parser.line(line.strip(), ++number);
    }
    parser.endBlock();
    return new Exchanges(parser.sections);
  }

  /** Reads line by line; a blank line or a section header ends the block. */
  private static final class Parser {
    final Map<String, List<Block>> sections = new LinkedHashMap<>();
    String section;
    List<Said> messages = new ArrayList<>();
    Optional<Window> window = Optional.empty();

    void line(String line, int number) {
      if (line.isEmpty() || line.startsWith("[")) {
        endBlock();
        if (line.startsWith("[")) {
          section = line.substring(1, line.length() - 1);
        }
      } else if (line.startsWith("@")) {
        window = Optional.of(window(line.substring(1).strip(), number));
      } else if (!line.startsWith("#")) {
        if (section == null) {
          throw problem(number, "a message before the first [section]");
        }
        messages.add(said(line, number));
      }
    }

    void endBlock() {
      if (!messages.isEmpty()) {
        sections
            .computeIfAbsent(section, s -> new ArrayList<>())
            .add(new Block(List.copyOf(messages), window));
      }
      messages = new ArrayList<>();
      window = Optional.empty();
    }

    private static Said said(String line, int number) {
      if (line.startsWith("me ")) {
        return new Said(true, line.substring(3).strip());
      }
      if (line.startsWith("him ")) {
        return new Said(false, line.substring(4).strip());
      }
      throw problem(number, "'" + line + "' (expected 'me ...' or 'him ...')");
    }

    private static Window window(String text, int number) {
      String[] ends = text.split("-");
      try {
        if (ends.length == 2) {
          LocalTime from = LocalTime.parse(ends[0].strip());
          LocalTime to = LocalTime.parse(ends[1].strip());
          if (from.isBefore(to)) {
            return new Window(from, to);
          }
        }
      } catch (DateTimeParseException e) {
        // said below
      }
      throw problem(number, "'@ " + text + "' (expected a window such as '@ 07:30-09:00')");
    }

    private static IllegalStateException problem(int number, String what) {
      return new IllegalStateException(RESOURCE + ":" + number + ": " + what);
    }
  }
}
