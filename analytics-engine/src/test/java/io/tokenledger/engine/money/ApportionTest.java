package io.tokenledger.engine.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ApportionTest {

  @Test
  void leftoverCentsGoToThePartsThatLostMost() {
    assertThat(Apportion.rounded(decimals("1.005", "1.005", "1.005"), 2))
        .containsExactlyElementsOf(decimals("1.01", "1.01", "1.00"));
    assertThat(Apportion.rounded(decimals("3.3333333334", "3.3333333333", "3.3333333333"), 2))
        .containsExactlyElementsOf(decimals("3.34", "3.33", "3.33"));
  }

  @Test
  void negativeAmountsAreApportionedToo() {
    assertThat(Apportion.rounded(decimals("-0.333", "-0.333", "-0.334"), 2))
        .containsExactlyElementsOf(decimals("-0.33", "-0.33", "-0.34"));
  }

  @Test
  void nullPartsStayNull() {
    List<BigDecimal> parts = new ArrayList<>(decimals("0.125", "0.125"));
    parts.add(1, null);
    assertThat(Apportion.rounded(parts, 2))
        .containsExactly(new BigDecimal("0.13"), null, new BigDecimal("0.12"));
  }

  @Test
  void roundedPartsAlwaysAddUpToTheRoundedWhole() {
    Random random = new Random(7);
    for (int trial = 0; trial < 500; trial++) {
      List<BigDecimal> parts = new ArrayList<>();
      for (int i = 0; i < 1 + random.nextInt(30); i++) {
        parts.add(BigDecimal.valueOf(random.nextLong(-10_000_000_000L, 10_000_000_000L), 10));
      }
      BigDecimal whole =
          parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.HALF_UP);

      List<BigDecimal> rounded = Apportion.rounded(parts, 2);

      assertThat(rounded.stream().reduce(BigDecimal.ZERO, BigDecimal::add))
          .isEqualByComparingTo(whole);
      for (int i = 0; i < parts.size(); i++) {
        assertThat(rounded.get(i).subtract(parts.get(i)).abs()).isLessThan(new BigDecimal("0.01"));
      }
    }
  }

  private static List<BigDecimal> decimals(String... values) {
    return Arrays.stream(values).map(BigDecimal::new).toList();
  }
}
