package app.walkaway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * A command line lands in shell history and in every other user's process list: no command may take
 * a passphrase itself, only the name of a file holding it (SECURITY.md).
 */
class NoSecretOptionsTest {

  @Test
  void noOptionOfAnyCommandTakesAPassphrase() {
    List<String> offenders = new ArrayList<>();
    visit(Cli.commandLine(), offenders);
    assertThat(offenders).isEmpty();
  }

  @Test
  void theCheckSeesThePassphraseFileOptions() {
    List<String> seen = new ArrayList<>();
    collect(Cli.commandLine(), seen);
    assertThat(seen).contains("--passphrase-file");
  }

  private static void visit(CommandLine command, List<String> offenders) {
    for (OptionSpec option : command.getCommandSpec().options()) {
      for (String name : option.names()) {
        String lower = name.toLowerCase(Locale.ROOT);
        if ((lower.contains("pass") || lower.contains("key") || lower.contains("secret"))
            && !lower.endsWith("-file")) {
          offenders.add(command.getCommandName() + " " + name);
        }
      }
    }
    command.getSubcommands().values().forEach(sub -> visit(sub, offenders));
  }

  private static void collect(CommandLine command, List<String> seen) {
    command.getCommandSpec().options().forEach(o -> seen.addAll(List.of(o.names())));
    command.getSubcommands().values().forEach(sub -> collect(sub, seen));
  }
}
