package app.walkaway.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstallerTest {
  @Test
  void theMenuEntryShowsNoBusyNoticeAndNamesOnlyTheApp() {
    String entry = Installer.desktopEntry(Identity.named("Notes"));

    assertThat(entry).contains("Name=Notes\n").contains("StartupNotify=false\n");
    assertThat(entry).contains("Exec=APPLICATION_LAUNCHER").contains("Icon=APPLICATION_ICON");
    assertThat(entry).doesNotContainIgnoringCase("walkaway");
  }

  @Test
  void eachNameKeepsOneUpgradeCodeSoANewerInstallerReplacesTheOlderApp() {
    assertThat(Installer.upgradeUuid(Identity.named("Notes")))
        .isEqualTo(Installer.upgradeUuid(Identity.named("Notes")))
        .isNotEqualTo(Installer.upgradeUuid(Identity.standard()));
  }

  @Test
  void aSystemWithoutADesktopMenuStillInstallsAndRemovesTheApp(@TempDir Path temp)
      throws IOException {
    Layout layout = new Layout(Path.of("").toAbsolutePath(), temp);

    Path resources = Installer.resources(layout, Identity.standard());

    for (String script : List.of("postinst", "prerm")) {
      String text = Files.readString(resources.resolve(script));
      String commands =
          script.equals("postinst") ? "DESKTOP_COMMANDS_INSTALL" : "DESKTOP_COMMANDS_UNINSTALL";
      assertThat(text).as(script).contains("if ! (\n" + commands + "\n        ); then");
    }
    assertThat(resources.resolve("Walkaway.png"))
        .hasSameBinaryContentAs(layout.icon("walkaway", 256));
    assertThat(resources.resolve("Walkaway.desktop")).content().contains("StartupNotify=false");
  }
}
