package app.walkaway.analysis;

import java.time.LocalDateTime;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One person's figures in one period. Only contact (messages, media, calls, ...) between the two of
 * them counts.
 *
 * @param messages contact items this person sent in the period
 * @param initiations conversations this person opened (first item after the gap, or the very first)
 * @param initiationShare initiations as a fraction (0..1) of all conversations in the period; empty
 *     when there were none
 * @param replyDelays how long this person took to answer the other: from the other's first
 *     unanswered item to this person's next item, within {@link Settings#REPLY_WINDOW}; counted in
 *     the period of that first unanswered item
 * @param noReply times the other wrote and this person did not answer within the reply window
 * @param unanswered this person's items that got no answer within the reply window
 * @param pending this person's items still inside their reply window at {@code now}
 * @param doubleTexts items sent while this person's previous item was still unanswered, at least
 *     {@link Settings#DOUBLE_TEXT_AFTER} after it
 * @param initiationsPerWeek initiations per 7 days of the period; empty for periods under a day
 * @param lastMessage this person's last item in the period
 */
public record PersonFigures(
    long messages,
    long initiations,
    OptionalDouble initiationShare,
    Delays replyDelays,
    long noReply,
    long unanswered,
    long pending,
    long doubleTexts,
    OptionalDouble initiationsPerWeek,
    Optional<LocalDateTime> lastMessage) {}
