package io.tokenledger.engine.clients;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenledger.engine.clients.Concentration.LorenzPoint;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ConcentrationTest {

  private static List<BigDecimal> amounts(String... values) {
    return Stream.of(values).map(BigDecimal::new).toList();
  }

  @Test
  void equalAmountsHaveAGiniOfZeroAndAStraightLorenzCurve() {
    Concentration equal = Concentration.of(amounts("5", "5", "5", "5"));

    assertThat(equal.gini()).isEqualByComparingTo("0");
    assertThat(equal.points())
        .extracting(LorenzPoint::share)
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(
            new BigDecimal("0"),
            new BigDecimal("0.25"),
            new BigDecimal("0.5"),
            new BigDecimal("0.75"),
            new BigDecimal("1"));
  }

  @Test
  void oneClientHoldingEverythingGivesTheMaximumGiniForItsPopulation() {
    // n = 4: G = (n - 1) / n = 0.75; the curve stays at 0 until the last client
    Concentration one = Concentration.of(amounts("0", "120", "0", "0"));

    assertThat(one.gini()).isEqualByComparingTo("0.75");
    assertThat(one.points())
        .extracting(LorenzPoint::share)
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(
            BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ONE);
  }

  @Test
  void aHandComputedCaseMatchesInAnyInputOrder() {
    // 1, 2, 3, 4: G = 2 (1 + 4 + 9 + 16) / (4 * 10) - 5/4 = 1.5 - 1.25 = 0.25;
    // Lorenz 0.1, 0.3, 0.6, 1 at 0.25, 0.5, 0.75, 1. As an area: 1 - 2 * 0.375 = 0.25.
    Concentration c = Concentration.of(amounts("3", "1", "4", "2"));

    assertThat(c.gini()).isEqualByComparingTo("0.25");
    assertThat(c.points())
        .usingElementComparator(
            (a, b) ->
                a.population().compareTo(b.population()) != 0 ? 1 : a.share().compareTo(b.share()))
        .containsExactly(
            new LorenzPoint(new BigDecimal("0"), new BigDecimal("0")),
            new LorenzPoint(new BigDecimal("0.25"), new BigDecimal("0.1")),
            new LorenzPoint(new BigDecimal("0.5"), new BigDecimal("0.3")),
            new LorenzPoint(new BigDecimal("0.75"), new BigDecimal("0.6")),
            new LorenzPoint(new BigDecimal("1"), new BigDecimal("1")));
  }

  @Test
  void creditsCountAsZeroAndNothingToShareHasNoGini() {
    BigDecimal withCredit = Concentration.of(amounts("-10", "0", "10")).gini();
    assertThat(withCredit).isEqualByComparingTo(Concentration.of(amounts("0", "0", "10")).gini());
    // n = 3, one holds all: 2/3, to the 34 digits of DECIMAL128
    assertThat(withCredit.subtract(new BigDecimal("0.6666666666666666666666666666666667")).abs())
        .isLessThan(new BigDecimal("1e-32"));
    assertThat(Concentration.of(amounts("0", "0")).gini()).isNull();
    assertThat(Concentration.of(List.of()).points()).hasSize(1);
  }
}
