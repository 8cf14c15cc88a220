package app.walkaway.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ModuleSetTest {
  @Test
  void readsTheListJdepsPrintsLastAfterItsWarnings() {
    String output =
        "Warning: split package: org.x\n" + "java.base,java.desktop,java.naming,java.sql\n";

    assertThat(ModuleSet.fromJdeps(output))
        .containsExactly("java.base", "java.desktop", "java.naming", "java.sql");
  }

  @Test
  void saysWhatJdepsPrintedWhenItIsNoList() {
    assertThatThrownBy(() -> ModuleSet.fromJdeps("Error: module not found: foo bar"))
        .isInstanceOf(PackagingException.class)
        .hasMessageContaining("where a list of modules was expected")
        .hasMessageContaining("module not found");
  }

  @Test
  void leavesOutWhatOnlyUnusedCodeReachesAddsWhatOnlyARunFindsAndSorts() {
    assertThat(
            ModuleSet.adjust(
                List.of("java.sql", "java.desktop", "java.rmi", "java.base", "java.instrument")))
        .containsExactly("java.base", "java.sql", "jdk.zipfs");
  }
}
