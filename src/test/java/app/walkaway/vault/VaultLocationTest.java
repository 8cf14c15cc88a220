package app.walkaway.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VaultLocationTest {
  private static final Map<String, String> ENV = Map.of("WALKAWAY_HOME", "/env/home");

  @Test
  void anExplicitFolderWinsOverEverything() {
    VaultLocation location =
        VaultLocation.resolve(Optional.of(Path.of("/given")), "/property", ENV, "/users/maya");

    assertThat(location.file()).isEqualTo(Path.of("/given/vault.db"));
  }

  @Test
  void thenTheSystemPropertyThenTheEnvironment() {
    assertThat(VaultLocation.resolve(Optional.empty(), "/property", ENV, "/users/maya").home())
        .isEqualTo(Path.of("/property"));
    assertThat(VaultLocation.resolve(Optional.empty(), null, ENV, "/users/maya").home())
        .isEqualTo(Path.of("/env/home"));
  }

  @Test
  void otherwiseADotFolderInHerHome() {
    assertThat(
            VaultLocation.resolve(Optional.empty(), " ", Map.of("WALKAWAY_HOME", ""), "/users/maya")
                .file())
        .isEqualTo(Path.of("/users/maya/.walkaway/vault.db"));
  }
}
