package app.walkaway.service;

import app.walkaway.analysis.Figures;
import app.walkaway.importer.Cast;
import app.walkaway.importer.LoadedChat;
import app.walkaway.importer.Participants;
import java.util.Optional;

/**
 * What the exports of one chat show.
 *
 * @param chat the files as read and merged
 * @param people everyone who wrote, most messages first
 * @param cast who is who
 * @param figures the figures, before and since her start day when one was given
 * @param reading the signals and the read-out, only with a start day
 */
public record ChatAnalysis(
    LoadedChat chat, Participants people, Cast cast, Figures figures, Optional<Reading> reading) {}
