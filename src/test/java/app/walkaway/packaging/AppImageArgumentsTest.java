package app.walkaway.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class AppImageArgumentsTest {
  @Test
  void valuesGoToJpackageAsOneLineItSplitsAgain() {
    assertThat(AppImage.joined(List.of("--version"))).isEqualTo(" --version");
    assertThat(AppImage.joined(List.of("serve", "--name", "Daily notes")))
        .isEqualTo(" serve --name \"Daily notes\"");
  }

  @Test
  void theAppStartsItsMainClassWithItsOwnRuntimeAndTheChosenIdentity() {
    Layout layout = Layout.of(Path.of("/project"));
    List<String> args =
        AppImage.arguments(
            layout,
            Identity.named("Notes"),
            Path.of("/rt"),
            Path.of("/in"),
            Path.of("/n.png"),
            "1.2.3");

    assertThat(String.join(" ", args))
        .contains("--type app-image")
        .contains("--name Notes")
        .contains("--main-jar app.jar")
        .contains("--main-class app.walkaway.Main")
        .contains("--runtime-image /rt")
        .contains("--app-version 1.2.3")
        .contains("--icon /n.png");
    assertThat(args.get(args.indexOf("--java-options") + 1))
        .contains("-Dorg.sqlite.lib.path=$APPDIR/native");
  }
}
