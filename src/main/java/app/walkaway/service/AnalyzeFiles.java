package app.walkaway.service;

import app.walkaway.analysis.Figures;
import app.walkaway.importer.Cast;
import app.walkaway.importer.ImportOptions;
import app.walkaway.importer.LoadedChat;
import app.walkaway.importer.Participant;
import app.walkaway.importer.Participants;
import app.walkaway.service.ServiceException.Problem;
import java.util.Optional;

/**
 * The figures straight from exports, storing nothing: the fastest path in Walkaway (a million
 * messages in well under a second), so it keeps a chat as columns, works the figures out while a
 * big file is still being read ({@link FiguresAhead}), and builds whole events only when a start
 * day asks for the signals and the read-out.
 */
public final class AnalyzeFiles {
  private AnalyzeFiles() {}

  public static ChatAnalysis run(AnalyzeRequest request) {
    FiguresAhead ahead = new FiguresAhead(request.settings(), request.me(), request.them());
    boolean reads = request.settings().start().isPresent();
    LoadedChat chat =
        LoadedChat.read(
            request.files(),
            ImportOptions.defaults().withThem(request.them()),
            reads,
            Optional.of(ahead));
    if (chat.size() == 0) {
      throw new ServiceException(
          Problem.NO_MESSAGES,
          request.files() + ": no messages found, so there is nothing to count.");
    }
    Participants people = chat.participants();
    Cast cast = cast(people, request);
    Figures figures =
        ahead
            .figures(chat.table(), cast)
            .orElseGet(() -> ChatFigures.of(chat.table(), cast, request.settings()));
    // Only the signals and the read-out need whole events (his words, citations), so only a start
    // day pays for them.
    Optional<Reading> reading =
        reads
            ? Optional.of(
                Reading.of(
                    cast.them().map(Participant::name).orElse("He"),
                    figures,
                    chat.table().events(cast)))
            : Optional.empty();
    return new ChatAnalysis(chat, people, cast, figures, reading);
  }

  private static Cast cast(Participants people, AnalyzeRequest request) {
    Participants.Choice choice = people.choose(request.me(), request.them());
    if (choice instanceof Participants.Problem problem) {
      throw new WhoIsWhoException(problem, people, Optional.empty());
    }
    return (Cast) choice;
  }
}
