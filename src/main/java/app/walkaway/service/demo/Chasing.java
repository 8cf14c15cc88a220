package app.walkaway.service.demo;

import app.walkaway.event.Kind;

/**
 * The weeks after, when he starts to reach for her: a curt reply first, then he opens the
 * conversations, warmer each time (he misses her, apologises, asks to meet), calls twice and
 * watches her story. She answers each within a day or so, briefly, as her soft plan allows, keeps
 * her urges here, and slips once.
 *
 * <p>Her answers come within two days of the first message he sent since she last wrote: a later
 * one would count as her starting a conversation (a slip), by the rule the figures and her streak
 * share. Only his last two, still unanswered, wait.
 */
final class Chasing {
  private Chasing() {}

  static void write(Script s) {
    s.him(-1, "23:05", "ok. if thats what you want");
    s.log(0, "08:10", Kind.NOTE, "Sent it last night and put the phone in a drawer. Slept badly.");
    s.log(1, "21:40", Kind.URGE, "I'm sorry, I didn't mean it like that. Can we forget it?");
    s.log(
        3,
        "22:15",
        Kind.NOTE,
        "Beginners' evening at the climbing gym with Ines. Arms like jelly.");
    s.him(4, "18:22", "hey. how are you doing?");
    s.me(5, "12:47", "I'm okay, thanks. Busy week.");
    s.him(5, "12:59", "good to hear");
    s.log(
        7, "21:15", Kind.STORY_VIEW, "He watched my climbing story ten minutes after I posted it.");
    s.him(8, "20:31", "saw you're climbing now. looks fun");
    s.me(9, "10:05", "It is. Thanks.");
    s.log(10, "22:30", Kind.URGE, "Do you want to come climbing with me some time?");
    s.log(12, "19:04", Kind.MISSED_CALL, "Let it ring.");
    s.him(13, "22:08", "i miss talking to you honestly");
    s.him(13, "22:09", "the flat is way too quiet");
    s.me(14, "09:30", "I hope you're doing alright, Jonas.");
    s.him(14, "09:41", "trying to. nice to hear from you");
    s.log(
        16,
        "21:30",
        Kind.NOTE,
        "Dinner at my sister's. Baby names for two hours. Phone stayed in my bag.");
    s.call(18, "20:12", 14, "He called about his new job. I kept it short and friendly.");
    s.me(18, "20:40", "Good luck on Monday.");
    s.him(20, "22:10", "finally watched that film with the old man and the boat. you were right");
    s.log(
        20, "23:10", Kind.SLIP, "Replied to his story with a laughing face. Regretted it at once.");
    s.me(21, "19:15", "Told you.");
    s.log(21, "22:50", Kind.URGE, "Why now? Why not when I was asking you to talk?");
    s.him(
        22,
        "13:26",
        "I'm sorry for how I was these last months. I know I wasn't really there for you");
    s.him(22, "13:27", "can we meet for a coffee sometime? no pressure");
    s.me(23, "18:40", "Thank you for saying that, it means something. I'm not ready to meet yet.");
    s.him(23, "18:58", "ok. I'll wait. take care of yourself");
    s.him(25, "21:40", "tom and lena got engaged. thought you'd want to know");
    s.me(26, "12:30", "That's lovely news.");
    s.log(26, "21:00", Kind.NOTE, "Booked a weekend by the sea with Ines. For me.");
    s.him(27, "20:16", "the bakery on Mill Street finally reopened. thought of you");
    s.me(28, "09:58", "Oh good. Their cinnamon buns were the best.");
    s.log(29, "22:40", Kind.URGE, "Shall we go on Sunday?");
    s.him(31, "21:05", "how was your week?");
    s.me(32, "17:20", "Good, actually. I went to the sea with Ines.");
    s.him(32, "17:31", "you deserve that");
    s.log(33, "19:48", Kind.MISSED_CALL, "Missed it, I was at the gym.");
    s.him(34, "20:02", "would love to see you when you're ready. no rush");
  }
}
