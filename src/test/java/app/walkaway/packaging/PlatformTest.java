package app.walkaway.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlatformTest {
  @Test
  void eachSystemGetsItsOwnInstallerAndIconFormat() {
    assertThat(Platform.LINUX.installerType()).isEqualTo("deb");
    assertThat(Platform.WINDOWS.installerType()).isEqualTo("msi");
    assertThat(Platform.MAC.installerType()).isEqualTo("dmg");
    assertThat(Platform.WINDOWS.iconExtension()).isEqualTo("ico");
    assertThat(Platform.MAC.iconExtension()).isEqualTo("icns");
    assertThat(Platform.MAC.imageFolder("Notes")).isEqualTo("Notes.app");
  }

  @Test
  void onlyMacOsBundlesMoveAVersionBeforeOneUpToOne() {
    assertThat(Platform.MAC.appVersion("0.1.0")).isEqualTo("1.1.0");
    assertThat(Platform.MAC.appVersion("2.0.1")).isEqualTo("2.0.1");
    assertThat(Platform.LINUX.appVersion("0.1.0")).isEqualTo("0.1.0");
    assertThat(Platform.WINDOWS.appVersion("0.1.0")).isEqualTo("0.1.0");
  }
}
