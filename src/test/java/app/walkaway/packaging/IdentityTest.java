package app.walkaway.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IdentityTest {
  @Test
  void walkawayIsTheStandardBuild() {
    Identity standard = Identity.named(" Walkaway ");

    assertThat(standard).isEqualTo(Identity.standard());
    assertThat(standard.discreet()).isFalse();
    assertThat(standard.packageName()).isEqualTo("walkaway");
    assertThat(standard.iconStem()).isEqualTo("walkaway");
    assertThat(standard.jarName()).isEqualTo("walkaway.jar");
  }

  @Test
  void anyOtherNameMakesADiscreetBuildThatNeverSaysWalkaway() {
    Identity notes = Identity.named("Daily notes");

    assertThat(notes.discreet()).isTrue();
    assertThat(notes.packageName()).isEqualTo("daily-notes");
    assertThat(notes.iconStem()).isEqualTo("neutral");
    assertThat(
            String.join(
                " ",
                notes.name(),
                notes.packageName(),
                notes.description(),
                notes.vendor(),
                notes.jarName()))
        .doesNotContainIgnoringCase("walkaway");
  }

  @Test
  void aNameWithoutAsciiLettersStillGetsAPackageName() {
    assertThat(Identity.named("Заметки").packageName()).isEqualTo("app");
    assertThat(Identity.named("N").packageName()).isEqualTo("app-n");
  }

  @Test
  void refusesNamesADesktopOrAFileSystemCouldNotTake() {
    for (String bad : new String[] {"", "Notes/Old", "  ", "a  b", "-notes", "x".repeat(41)}) {
      assertThatThrownBy(() -> Identity.named(bad))
          .as(bad)
          .isInstanceOf(PackagingException.class)
          .hasMessageContaining("cannot be used")
          .hasMessageContaining("for example: Notes");
    }
  }
}
