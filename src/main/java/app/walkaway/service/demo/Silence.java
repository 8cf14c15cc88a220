package app.walkaway.service.demo;

import app.walkaway.event.Kind;

/**
 * The weeks after, when he goes quiet: one word back to her exit message, one story view, then
 * nothing. She keeps her urges here, writes to him once (a slip he never answers), and gets on with
 * her life.
 */
final class Silence {
  private Silence() {}

  static void write(Script s) {
    s.him(0, "13:40", "ok");
    s.log(0, "21:10", Kind.NOTE, "One word. I don't know what I expected.");
    s.log(2, "22:05", Kind.URGE, "Is that really all you have to say?");
    s.log(3, "20:40", Kind.STORY_VIEW, "He looked at my story from Ines's birthday.");
    s.log(
        6,
        "19:30",
        Kind.NOTE,
        "Beginners' evening at the climbing gym with Ines. Arms like jelly.");
    s.log(9, "23:15", Kind.URGE, "Are you really not going to say anything?");
    s.log(13, "18:00", Kind.NOTE, "Dinner at my sister's. Baby names for two hours.");
    s.me(17, "21:32", "Hope you're well.");
    s.log(17, "21:40", Kind.NOTE, "Wrote to him. Wish I hadn't.");
    s.log(21, "22:50", Kind.URGE, "I just want to know if any of it mattered to you.");
    s.log(26, "10:15", Kind.NOTE, "Booked a weekend by the sea with Ines.");
    s.log(
        30,
        "20:00",
        Kind.NOTE,
        "Moved our photos off my phone's home screen. Felt lighter than I thought.");
  }
}
