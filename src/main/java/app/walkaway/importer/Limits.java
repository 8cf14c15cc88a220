package app.walkaway.importer;

/**
 * The caps that keep a damaged or hostile file from filling memory or the disk, each set far above
 * what a real export reaches (the reason is beside each), and the refusals that name them. A cap is
 * a promise to her as much as a guard: the refusal says which number was passed, where, and that a
 * real export does not come near it.
 */
public final class Limits {
  /**
   * The longest line of a WhatsApp chat text kept, in bytes. WhatsApp lets a message hold at most
   * 65,536 characters, at most 256 kB of UTF-8; a longer line is cut here and noted.
   */
  public static final int MAX_LINE_BYTES = 1 << 20;

  /**
   * The most characters one message's text keeps (WhatsApp), and the longest JSON string read
   * (Telegram, Messenger, Instagram). WhatsApp and Telegram stop a message at 65,536 and 4,096
   * characters, Messenger at about 20,000.
   */
  public static final int MAX_TEXT_CHARS = 1 << 20;

  /**
   * Entries read from one input. The busiest real chats hold about a million messages (300 a day
   * for ten years); ten times that is never a real chat. At about 56 bytes a message, a WhatsApp
   * text reaches it at about 560 MB: a 9 MB zip that unpacks to gigabytes of tiny messages stops
   * here instead of taking all the memory there is.
   */
  public static final long MAX_ENTRIES = 10_000_000;

  /**
   * Conversations listed from one export (a Telegram account's personal chats, the numbers in an
   * SMS backup, the threads of a Meta download), so that she can be shown them. A phone or an
   * account holds a few thousand at most.
   */
  public static final int MAX_CONVERSATIONS = 1_000_000;

  /**
   * Bytes unpacked from one file in a zip (zip bombs lie about sizes). A chat text of ten million
   * messages ({@link #MAX_ENTRIES}) is about 560 MB, and Meta splits a conversation into files of
   * about 10,000 messages, a few megabytes each.
   */
  public static final long MAX_ZIP_MEMBER_BYTES = 1L << 30;

  /**
   * JSON tokens (names, values, brackets) in one message of a Telegram or Meta export, which is
   * read whole into memory. A message with its reactions and formatting is a few dozen; one with a
   * hundred links, a few hundred.
   */
  public static final int MAX_MESSAGE_TOKENS = 100_000;

  /**
   * Characters in one XML attribute of an SMS backup. A text is at most a few thousand, but SMS
   * Backup & Restore stores an MMS picture or video inline, base64-encoded, in one attribute:
   * carriers cap an MMS at about 1 to 5 MB, which base64 makes at most about 7 million characters.
   */
  public static final int MAX_XML_ATTRIBUTE_CHARS = 32 << 20;

  /** Attributes on one XML element of an SMS backup; its widest, {@code <mms>}, has about 35. */
  public static final int MAX_XML_ATTRIBUTES = 256;

  /**
   * Characters in any other stretch of an SMS backup's XML that the parser holds whole: the text
   * between elements (only line breaks and spaces in a real backup), a comment, a processing
   * instruction, the names and spaces of one tag.
   */
  public static final int MAX_XML_OTHER_CHARS = 1 << 20;

  private Limits() {}

  /** The refusal of an input with more than {@link ImportOptions#maxEntries()} entries. */
  public static ImportException tooManyEntries(String origin, long max) {
    return new ImportException(
        origin
            + ": holds more than "
            + Sizes.count(max)
            + " messages, far more than a real chat (the busiest hold about a million), so it was"
            + " not read; is it damaged, or not a chat export?");
  }

  /** The refusal of an export that lists more than {@link #MAX_CONVERSATIONS} conversations. */
  public static ImportException tooManyConversations(String origin, String what) {
    return new ImportException(
        origin
            + ": holds more than "
            + Sizes.count(MAX_CONVERSATIONS)
            + " "
            + what
            + ", far more than a real phone or account, so it was not read; is it damaged?");
  }

  /** The refusal of a zip member that unpacks to more than {@code cap} bytes. */
  public static ImportException tooBigInZip(String what, long cap) {
    return new ImportException(
        what
            + ": unpacks to more than "
            + Sizes.bytes(cap)
            + ", the most Walkaway reads from one file in a zip (a real chat text is far smaller);"
            + " the zip is damaged or unsafe, so it was not read");
  }
}
