package app.walkaway.cli;

import java.util.Arrays;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/**
 * The command tree cut down to the one command being run. Picocli reads every command's options by
 * reflection when the tree is built, which costs about a third of a second at every start for
 * fourteen commands; a run of {@code walkaway analyze} needs only the one. {@link RootCommand}
 * stays the one list of commands: the full tree is built whenever the first argument names none of
 * them exactly (help, --version, a typo to suggest a fix for).
 */
@Command(name = "walkaway")
final class LeanRoot implements Runnable {

  /** The tree for these arguments: the root with just the command named first, if one is. */
  static CommandLine forArgs(String... args) {
    return args.length == 0
        ? new CommandLine(new RootCommand())
        : named(args[0])
            .map(type -> new CommandLine(new LeanRoot()).addSubcommand(type))
            .orElseGet(() -> new CommandLine(new RootCommand()));
  }

  private static Optional<Class<?>> named(String name) {
    return Arrays.stream(RootCommand.class.getAnnotation(Command.class).subcommands())
        .filter(type -> type != HelpCommand.class)
        .filter(type -> answersTo(type, name))
        .findFirst();
  }

  private static boolean answersTo(Class<?> type, String name) {
    Command command = type.getAnnotation(Command.class);
    return command.name().equals(name) || Arrays.asList(command.aliases()).contains(name);
  }

  /** Never runs: a command is always named when this root is used. */
  @Override
  public void run() {
    throw new IllegalStateException("the lean root always has its command named");
  }
}
