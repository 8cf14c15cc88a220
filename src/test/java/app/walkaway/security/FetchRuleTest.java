package app.walkaway.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the browser says about where a request comes from, and what is refused for it. */
class FetchRuleTest {
  private static final int PORT = 7070;

  @Test
  void aFormOfOursPostsWithOriginNullUnderNoReferrer() {
    assertThat(change("same-origin", "null", null)).isFalse();
    assertThat(change(null, "null", null)).isFalse();
    assertThat(change(null, null, null)).isFalse();
    assertThat(change("none", null, null)).isFalse();
    assertThat(change("same-origin", "http://127.0.0.1:7070", null)).isFalse();
  }

  @Test
  void aChangeFromAnotherSiteIsRefusedWhicheverHeaderTellsIt() {
    assertThat(change("cross-site", null, null)).isTrue();
    assertThat(change("same-site", "null", null)).as("another port of localhost").isTrue();
    assertThat(change(null, "http://attacker.example", null)).isTrue();
    assertThat(change("same-origin", "http://localhost:3000", null)).isTrue();
    assertThat(change(null, null, "http://attacker.example/form")).isTrue();
  }

  @Test
  void anotherSiteMayLinkHereButNotEmbedOrFetch() {
    assertThat(FetchRule.readIsForeign(read("cross-site", "navigate"))).isFalse();
    assertThat(FetchRule.readIsForeign(read("cross-site", "no-cors"))).isTrue();
    assertThat(FetchRule.readIsForeign(read("cross-site", "cors"))).isTrue();
    assertThat(FetchRule.readIsForeign(read("same-site", "no-cors"))).isTrue();
    assertThat(FetchRule.readIsForeign(read("same-origin", "no-cors"))).isFalse();
    assertThat(FetchRule.readIsForeign(read(null, null))).isFalse();
  }

  private static boolean change(String site, String origin, String referer) {
    return FetchRule.changeIsForeign(new FetchRule.Headers(site, null, origin, referer), PORT);
  }

  private static FetchRule.Headers read(String site, String mode) {
    return new FetchRule.Headers(site, mode, null, null);
  }
}
