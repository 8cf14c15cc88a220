package app.walkaway.readout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class RateRatioTest {

  @Test
  void equalExposuresMatchTheTextbookExactInterval() {
    // 20 after vs 10 before over equal time: Clopper-Pearson for 20/30 is 0.4719..0.8271, so the
    // ratio interval is p/(1-p): 0.894..4.784 (checked against R's binom.test).
    RateRatio r = RateRatio.of(10, 4, 20, 4);

    assertThat(r.ratio()).isEqualTo(2.0);
    assertThat(r.low()).isCloseTo(0.894, within(0.005));
    assertThat(r.high()).isCloseTo(4.784, within(0.01));
    assertThat(r.clearlyUp()).isFalse();
  }

  @Test
  void exposuresScaleTheRatio() {
    RateRatio r = RateRatio.of(4, 10, 8, 2);

    assertThat(r.beforePerWeek()).isEqualTo(0.4);
    assertThat(r.afterPerWeek()).isEqualTo(4.0);
    assertThat(r.ratio()).isCloseTo(10.0, within(1e-9));
    assertThat(r.low()).isGreaterThan(1);
    assertThat(r.clearlyUp()).isTrue();
  }

  @Test
  void noneBeforeMeansNoUpperLimit() {
    RateRatio r = RateRatio.of(0, 4, 6, 2);

    assertThat(r.ratio()).isInfinite();
    assertThat(r.high()).isInfinite();
    assertThat(r.low()).isGreaterThan(1);
  }

  @Test
  void noneAfterMeansZeroWithAFiniteUpperLimit() {
    RateRatio r = RateRatio.of(24, 6, 0, 2);

    assertThat(r.ratio()).isZero();
    assertThat(r.low()).isZero();
    assertThat(r.high()).isFinite().isLessThan(1);
    assertThat(r.clearlyDown()).isTrue();
  }

  @Test
  void nothingAtAllTellsNothing() {
    RateRatio r = RateRatio.of(0, 4, 0, 2);

    assertThat(r.ratio()).isNaN();
    assertThat(r.clearlyUp()).isFalse();
    assertThat(r.clearlyDown()).isFalse();
  }

  @Test
  void emptyPeriodsAreRejected() {
    assertThatThrownBy(() -> RateRatio.of(1, 0, 1, 1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theIntervalAlwaysHoldsTheEstimate() {
    Random random = new Random(42);
    for (int i = 0; i < 300; i++) {
      long before = 1 + random.nextInt(60);
      long after = 1 + random.nextInt(60);
      RateRatio r = RateRatio.of(before, 1 + random.nextInt(20), after, 1 + random.nextInt(20));
      assertThat(r.ratio()).as(r.toString()).isBetween(r.low(), r.high());
    }
  }

  @Test
  void coverageIsAboutNinetyFivePercentOrMore() {
    // Exact intervals are conservative: simulated coverage must not fall below 95%.
    Random random = new Random(7);
    int covered = 0;
    int runs = 2000;
    for (int i = 0; i < runs; i++) {
      long before = poisson(random, 3.0 * 4);
      long after = poisson(random, 6.0 * 2);
      RateRatio r = RateRatio.of(before, 4, after, 2);
      covered += r.low() <= 2.0 && 2.0 <= r.high() ? 1 : 0;
    }
    assertThat(covered / (double) runs).isGreaterThanOrEqualTo(0.94);
  }

  private static long poisson(Random random, double mean) {
    double limit = Math.exp(-mean);
    double product = random.nextDouble();
    long k = 0;
    while (product > limit) {
      product *= random.nextDouble();
      k++;
    }
    return k;
  }
}
