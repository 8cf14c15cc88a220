package app.walkaway.cli;

import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;

/**
 * A mistyped option gets one plain line and a pointer to the help, not the whole usage text: the
 * message is what she needs to fix it, the help is one command away.
 */
final class ShortParameterErrors implements IParameterExceptionHandler {

  @Override
  public int handleParseException(ParameterException e, String[] args) {
    CommandLine cli = e.getCommandLine();
    cli.getErr().println("walkaway: " + e.getMessage());
    CommandLine.UnmatchedArgumentException.printSuggestions(e, cli.getErr());
    cli.getErr().println("See '" + cli.getCommandSpec().qualifiedName() + " --help'.");
    return cli.getCommandSpec().exitCodeOnInvalidInput();
  }
}
