package app.walkaway.safety.evidence;

/** Which attachment: the entry's number and the file's position in it. */
public record AttachmentKey(long seq, int position) {}
