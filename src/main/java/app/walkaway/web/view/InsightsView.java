package app.walkaway.web.view;

/**
 * The Insights page: a line that says what the page rests on, then the four pictures.
 *
 * @param lead what the charts cover, in one sentence
 * @param starts conversations started each week
 * @param replies typical reply delays before and since
 * @param calendarTitle the calendar's heading ("When Sam was in touch")
 * @param calendar his contact day by day
 * @param hours his contact by weekday and hour
 */
public record InsightsView(
    String lead,
    Chart starts,
    Chart replies,
    String calendarTitle,
    Heatmap calendar,
    Heatmap hours) {}
