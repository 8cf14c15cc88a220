package app.walkaway.service.demo;

import app.walkaway.event.Kind;

/**
 * The weeks after, when he turns threatening: pressure, a burst of calls, a threat, he waits
 * outside her work after she asked him to stop, and asks her friends where she is. Shown so that
 * the demo can show how Walkaway puts her safety first and alone.
 *
 * <p>Her "please stop" went by email, so it is logged by hand and not part of the chat: a message
 * from her after his went unanswered for two days would count as her starting a conversation.
 */
final class Unsafe {
  private Unsafe() {}

  static void write(Script s) {
    s.him(-1, "20:05", "what is this supposed to mean");
    s.him(-1, "20:06", "call me");
    s.him(0, "09:12", "answer me");
    s.him(0, "09:40", "you don't get to just disappear");
    s.him(0, "12:15", "Clara I'm serious. pick up");
    s.log(1, "21:02", Kind.MISSED_CALL, "");
    s.log(1, "21:09", Kind.MISSED_CALL, "");
    s.log(1, "21:17", Kind.MISSED_CALL, "");
    s.him(1, "21:20", "fine. ignore me then");
    s.log(2, "19:00", Kind.NOTE, "Told Ines everything. She says I can stay at hers if I need to.");
    s.him(4, "18:30", "you'll regret this");
    s.log(5, "08:15", Kind.BOUNDARY, "Told him by email to stop messaging and calling me.");
    s.log(
        7,
        "18:05",
        Kind.VISIT,
        "He was waiting outside my work at six. I left by the back door with a colleague.");
    s.him(7, "22:40", "saw you leaving work. who was that guy");
    s.log(8, "09:00", Kind.NOTE, "Kept screenshots of everything and sent copies to Ines.");
    s.log(11, "20:30", Kind.VIA_FRIENDS, "Paul says he came round asking where I'm staying.");
    s.him(12, "09:30", "I know where you are");
  }
}
