package app.walkaway.importer.telegram;

import app.walkaway.importer.Conversations.Candidate;
import app.walkaway.importer.Entry;
import app.walkaway.importer.Limits;
import app.walkaway.importer.telegram.TelegramWalk.ChatHeader;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads the messages of the root chat (single-chat export) or of the chat at {@code target} in an
 * account export, and lists the account's personal chats on the way.
 */
final class TelegramReading implements TelegramWalk.Visitor {
  private final String origin;
  private final Consumer<Entry> sink;
  private final int target;
  private final List<Candidate> personal = new ArrayList<>();
  private TelegramMessages messages;
  private String ownerId;
  private String ownerName;
  private long entries;

  TelegramReading(String origin, Consumer<Entry> sink, int target) {
    this.origin = origin;
    this.sink = sink;
    this.target = target;
  }

  void use(TelegramMessages reader) {
    this.messages = reader;
    if (ownerId != null) {
      reader.owner(ownerId, ownerName);
    }
  }

  long entries() {
    return entries;
  }

  List<Candidate> personal() {
    return List.copyOf(personal);
  }

  @Override
  public void owner(String userId, String name) {
    ownerId = userId;
    ownerName = name;
    messages.owner(userId, name);
  }

  @Override
  public boolean wants(ChatHeader chat) {
    boolean wanted = chat.root() || chat.index() == target;
    if (wanted && TelegramImporter.PERSONAL.equals(chat.type())) {
      messages.personalChat(chat.id(), chat.name());
    }
    return wanted;
  }

  @Override
  public void message(ChatHeader chat, JsonNode message, long line) {
    messages
        .read(message, line)
        .ifPresent(
            entry -> {
              entries++;
              sink.accept(entry);
            });
  }

  @Override
  public void counted(ChatHeader chat, long count) {
    if (!chat.root() && TelegramImporter.PERSONAL.equals(chat.type())) {
      if (personal.size() >= Limits.MAX_CONVERSATIONS) {
        throw Limits.tooManyConversations(origin, "personal chats");
      }
      String name = chat.name() == null ? TelegramMessages.DELETED_ACCOUNT : chat.name();
      personal.add(new Candidate(Integer.toString(chat.index()), name, count));
    }
  }
}
