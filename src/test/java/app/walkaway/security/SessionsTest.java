package app.walkaway.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.walkaway.security.Sessions.Session;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** One session, bound to the unlock and dropped on lock; tokens that cannot be guessed. */
class SessionsTest {
  private final Sessions sessions = new Sessions();

  @Test
  void noSessionBeforeUnlock() {
    assertThat(sessions.holding("anything")).isEmpty();
    assertThat(sessions.holding(null)).isEmpty();
  }

  @Test
  void theCookieOfTheOpenSessionHoldsIt() {
    Session open = sessions.open();
    assertThat(sessions.holding(open.id())).contains(open);
    assertThat(sessions.holding(open.csrf())).as("the token is not the cookie").isEmpty();
    assertThat(sessions.token(Optional.of(open))).isEqualTo(open.csrf());
  }

  @Test
  void lockingDropsTheSessionAndRotatesTheDoorToken() {
    String doorBefore = sessions.token(Optional.empty());
    Session open = sessions.open();
    String doorWhileOpen = sessions.token(Optional.empty());
    sessions.close();
    assertThat(sessions.holding(open.id())).isEmpty();
    assertThat(sessions.token(Optional.empty())).isNotIn(doorBefore, doorWhileOpen, open.csrf());
  }

  @Test
  void unlockingAgainEndsTheOtherSession() {
    Session first = sessions.open();
    Session second = sessions.open();
    assertThat(sessions.holding(first.id())).isEmpty();
    assertThat(sessions.holding(second.id())).contains(second);
    assertThat(second.csrf()).isNotEqualTo(first.csrf());
  }

  @Test
  void aVaultHandedOpenIsClaimedByTheFirstBrowserOnly() {
    Optional<Session> first = sessions.claim();
    assertThat(first).isPresent();
    assertThat(sessions.holding(first.get().id())).isEqualTo(first);
    assertThat(sessions.claim()).as("a second browser").isEmpty();
  }

  @Test
  void onceTheVaultWasSeenShutNothingCanBeClaimedAgain() {
    sessions.close();
    assertThat(sessions.claim()).as("her vault starts locked: never claimable").isEmpty();
    Session unlocked = sessions.open();
    sessions.close();
    assertThat(sessions.claim()).isEmpty();
    assertThat(sessions.holding(unlocked.id())).isEmpty();
  }

  @Test
  void tokensAreLongAndNeverRepeat() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      String token = Tokens.fresh();
      assertThat(token).hasSize(43).matches("[A-Za-z0-9_-]+");
      assertThat(seen.add(token)).isTrue();
    }
  }

  @Test
  void comparesWholeTokensOnly() {
    String token = Tokens.fresh();
    assertThat(Tokens.same(token, token)).isTrue();
    assertThat(Tokens.same(token.substring(0, 42), token)).isFalse();
    assertThat(Tokens.same(token + "x", token)).isFalse();
    assertThat(Tokens.same(null, token)).isFalse();
    assertThat(Tokens.same("", token)).isFalse();
  }

  @Test
  void aSessionNeverPrintsItsSecrets() {
    Session open = sessions.open();
    assertThat(open.toString()).doesNotContain(open.id()).doesNotContain(open.csrf());
  }
}
