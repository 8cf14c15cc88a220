package app.walkaway.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Only this server's own loopback address and port are answered (DNS rebinding). */
class HostRuleTest {
  private static final int PORT = 7070;

  @ParameterizedTest
  @ValueSource(strings = {"127.0.0.1:7070", "localhost:7070", "LOCALHOST:7070"})
  void answersItsOwnAddress(String host) {
    assertThat(HostRule.isOurs(host, PORT)).isTrue();
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {
        "",
        "attacker.example:7070",
        "attacker.example",
        "127.0.0.1",
        "localhost",
        "127.0.0.1:7071",
        "localhost:70700",
        "127.0.0.1:7070.attacker.example",
        "localhost.attacker.example:7070",
        "127.0.0.2:7070",
        "[::1]:7070",
        "0.0.0.0:7070",
        "127.0.0.1:7070 ",
        "user@127.0.0.1:7070"
      })
  void refusesAnyOtherHost(String host) {
    assertThat(HostRule.isOurs(host, PORT)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"127.0.0.1", "localhost"})
  void leavesThePortOutOnlyForPort80(String host) {
    assertThat(HostRule.isOurs(host, 80)).isTrue();
    assertThat(HostRule.isOurs(host, PORT)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://127.0.0.1:7070",
        "http://attacker.example",
        "http://127.0.0.1:7070.attacker.example",
        "http://localhost:7071",
        "null"
      })
  void refusesForeignOrigins(String origin) {
    assertThat(HostRule.isOurOrigin(origin, PORT)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://attacker.example/",
        "http://127.0.0.1:7070@attacker.example/",
        "http://localhost:7070.attacker.example/today",
        "javascript:alert(1)"
      })
  void refusesForeignPages(String referer) {
    assertThat(HostRule.isOurPage(referer, PORT)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://127.0.0.1:7070/today", "http://localhost:7070/"})
  void knowsItsOwnPages(String referer) {
    assertThat(HostRule.isOurPage(referer, PORT)).isTrue();
  }
}
