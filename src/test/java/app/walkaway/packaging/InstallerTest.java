package app.walkaway.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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
}
