package app.walkaway.cli;

import java.util.Optional;
import picocli.CommandLine.Option;

/** Who is who in a chat: {@code --me} and {@code --them}, the same for every command. */
final class WhoOptions {
  @Option(
      names = "--me",
      paramLabel = "NAME",
      description = "Your name as the chat shows it (case and spacing do not matter).")
  String me;

  @Option(
      names = "--them",
      paramLabel = "NAME",
      description = "The other person, needed when more than two people wrote in the chat.")
  String them;

  Optional<String> me() {
    return Optional.ofNullable(me);
  }

  Optional<String> them() {
    return Optional.ofNullable(them);
  }
}
