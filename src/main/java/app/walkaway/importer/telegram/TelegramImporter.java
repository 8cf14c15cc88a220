package app.walkaway.importer.telegram;

import app.walkaway.importer.ChatImporter;
import app.walkaway.importer.Conversations;
import app.walkaway.importer.Conversations.Candidate;
import app.walkaway.importer.Entry;
import app.walkaway.importer.ImportException;
import app.walkaway.importer.ImportOptions;
import app.walkaway.importer.ImportReport;
import app.walkaway.importer.Inputs;
import app.walkaway.importer.Inputs.Member;
import app.walkaway.importer.JsonInput;
import app.walkaway.importer.LenientUtf8Reader;
import app.walkaway.importer.Names;
import app.walkaway.importer.Peek;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Telegram Desktop's JSON export, one chat or a whole account (FORMATS §2). An account export is
 * read twice: once to list its personal chats, once to read his.
 */
public final class TelegramImporter implements ChatImporter {
  static final String RESULT = "result.json";
  static final String PERSONAL = "personal_chat";

  @Override
  public String description() {
    return "Telegram Desktop export (result.json of one chat or of the whole account, or its"
        + " folder)";
  }

  @Override
  public boolean recognizes(Peek peek) {
    return switch (peek.kind()) {
      case FILE -> looksLikeTelegram(peek.head());
      case DIRECTORY -> peek.members().contains(RESULT);
      case ZIP -> false;
    };
  }

  static boolean looksLikeTelegram(String head) {
    if (head.contains("\"timestamp_ms\"") || !head.stripLeading().startsWith("{")) {
      return false; // Meta's exports also have "messages" and "type"
    }
    return head.contains("\"personal_information\"")
        || (head.contains("\"messages\"")
            && (head.contains("\"date_unixtime\"")
                || head.contains("\"from_id\"")
                || head.contains("_chat\"")));
  }

  @Override
  public ImportReport read(Peek peek, ImportOptions options, Consumer<Entry> sink) {
    Objects.requireNonNull(options, "options");
    try (Inputs inputs = Inputs.of(peek, options)) {
      return read(peek, inputs.members(RESULT::equals), options, sink);
    }
  }

  private ImportReport read(
      Peek peek, List<Member> members, ImportOptions options, Consumer<Entry> sink) {
    if (members.isEmpty()) {
      throw new ImportException(peek.path() + ": no " + RESULT + " in this folder");
    }
    Member member = members.get(0);
    TelegramReading first =
        new TelegramReading(member.name(), options.capped(member.name(), sink), -1);
    Pass pass = pass(member, options, first);
    if (!pass.single) {
      Candidate chosen =
          Conversations.require(
              member.name(),
              "personal chats",
              first.personal(),
              options.them(),
              TelegramImporter::sameName);
      Consumer<Entry> capped = options.capped(member.name(), sink);
      pass =
          pass(
              member,
              options,
              new TelegramReading(member.name(), capped, Integer.parseInt(chosen.id())));
    }
    return pass.report(
        member, pass.single ? "Telegram (single chat)" : "Telegram (account export)");
  }

  private static boolean sameName(String typed, Candidate chat) {
    return Names.key(typed).equals(Names.key(chat.name()));
  }

  private Pass pass(Member member, ImportOptions options, TelegramReading reading) {
    TelegramMessages messages = new TelegramMessages(member.name(), options.zone());
    reading.use(messages);
    try (LenientUtf8Reader utf8 = new LenientUtf8Reader(member.open());
        EscapeRepairReader repaired = new EscapeRepairReader(new BufferedReader(utf8));
        JsonParser parser = JsonInput.open(repaired)) {
      TelegramWalk walk = new TelegramWalk(parser, reading);
      String stop = null;
      try {
        walk.run(member.name());
      } catch (JsonProcessingException e) {
        if (reading.entries() == 0 && reading.personal().isEmpty()) {
          throw JsonInput.unreadable(member.name(), e, parser);
        }
        stop = JsonInput.stopNote(member.name(), e, walk.openLine(), parser);
      }
      return new Pass(
          walk.single(), reading.entries(), messages, utf8.replaced(), repaired.repaired(), stop);
    } catch (IOException e) {
      throw new ImportException(member.name() + ": cannot read the file (" + e + ")", e);
    }
  }

  /** What one pass found. */
  private record Pass(
      boolean single,
      long entries,
      TelegramMessages messages,
      long replaced,
      long repairedEscapes,
      String stop) {
    ImportReport report(Member member, String format) {
      List<String> notes = new ArrayList<>();
      if (stop != null) {
        notes.add(stop);
      }
      if (messages.undated > 0) {
        notes.add(messages.undated + " messages without a readable date were left out.");
      }
      if (repairedEscapes > 0) {
        notes.add(repairedEscapes + " invalid \\x escapes written by Telegram were repaired.");
      }
      return new ImportReport(
          member.name(), format, entries, messages.systemLines, replaced, notes);
    }
  }
}
