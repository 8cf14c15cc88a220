package app.walkaway.importer.meta;

import app.walkaway.importer.Conversations;
import app.walkaway.importer.Conversations.Candidate;
import app.walkaway.importer.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Picks his conversation out of a download of many, reading as little as it can: a download may
 * hold 100,000 conversations, and reading them all to find one took minutes.
 *
 * <p>With his name, the participants of each conversation (written before its messages, so a few
 * hundred bytes each) find him in one quick look. Only when that finds no one, or more than one
 * conversation, is each conversation's first file read to its end for its title, as a group's name
 * may be what she typed. Without his name, only the conversations the refusal lists are read.
 */
final class MetaChoice {
  private MetaChoice() {}

  static MetaThread choose(String origin, List<MetaThread> threads, Optional<String> them) {
    if (them.isEmpty()) {
      List<MetaThread> first = threads.subList(0, Math.min(Conversations.LISTED, threads.size()));
      throw Conversations.askWhich(origin, "conversations", describe(first), threads.size());
    }
    String typed = them.get();
    List<MetaThread> withHim =
        threads.stream().filter(t -> isHis(typed, t, MetaHead.read(first(t), true))).toList();
    if (withHim.size() == 1) {
      return withHim.get(0);
    }
    List<MetaThread> hits =
        threads.stream().filter(t -> isHis(typed, t, MetaHead.read(first(t), false))).toList();
    if (hits.size() == 1) {
      return hits.get(0);
    }
    List<MetaThread> shown = hits.isEmpty() ? threads : hits;
    List<MetaThread> listed = shown.subList(0, Math.min(Conversations.LISTED, shown.size()));
    throw Conversations.unclear(
        origin, "conversations", typed, hits.size(), describe(listed), shown.size());
  }

  /**
   * A thread is his when its title is his name, or it is the two of them and he is in it. A title
   * not read yet (it comes after the messages) matches nothing.
   */
  private static boolean isHis(String typed, MetaThread thread, MetaHead head) {
    String key = Names.key(typed);
    Predicate<String> same = name -> Names.key(name).equals(key);
    return same.test(name(thread, head))
        || (head.participants().size() <= 2 && head.participants().stream().anyMatch(same));
  }

  /** The listed threads with their names and every file's messages counted. */
  private static List<Candidate> describe(List<MetaThread> threads) {
    List<Candidate> described = new ArrayList<>();
    for (MetaThread thread : threads) {
      MetaHead head = MetaHead.read(first(thread), false);
      long messages = head.messages();
      for (var file : thread.files().subList(1, thread.files().size())) {
        messages += MetaHead.read(file, false).messages();
      }
      described.add(new Candidate(thread.folder(), name(thread, head), messages));
    }
    return described;
  }

  private static String name(MetaThread thread, MetaHead head) {
    return head.title().isBlank() ? thread.folder() : head.title();
  }

  private static app.walkaway.importer.Inputs.Member first(MetaThread thread) {
    return thread.files().get(0);
  }
}
