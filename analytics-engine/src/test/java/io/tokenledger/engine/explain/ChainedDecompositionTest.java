package io.tokenledger.engine.explain;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenledger.engine.costmodel.PricedUsage;
import io.tokenledger.engine.costmodel.UsageCell;
import io.tokenledger.engine.scenarios.Cells;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The decomposition on hand-made months: a change that is only volume, only price, only cache rate
 * or only a new model shows in that effect alone, and on random months the effects add up to the
 * change exactly.
 */
class ChainedDecompositionTest {

  private static final String[] PRICES = {
    "0.00001", "0.000001", "0.0000125", "0.00002", "0.00005", "0.00005"
  };
  private static final String[] DEARER = {
    "0.000012", "0.0000012", "0.000015", "0.000024", "0.00006", "0.00006"
  };

  @Test
  void twiceTheRequestsAtTheSameShapeIsAllVolume() {
    CostChange change =
        total(
            List.of(cell("big", "chat", 100, 400_000, 0, 0, 50_000, PRICES)),
            List.of(cell("big", "chat", 200, 800_000, 0, 0, 100_000, PRICES)));

    // $4 + $2.50 = $6.50 -> $13
    assertThat(change.change()).isEqualByComparingTo("6.5");
    assertThat(change.effect(Effect.VOLUME)).isEqualByComparingTo("6.5");
    assertOnly(change, Effect.VOLUME);
  }

  @Test
  void dearerUnitPricesAreAllPrice() {
    CostChange change =
        total(
            List.of(cell("big", "chat", 100, 400_000, 0, 0, 50_000, PRICES)),
            List.of(cell("big", "chat", 100, 400_000, 0, 0, 50_000, DEARER)));

    assertThat(change.effect(Effect.PRICE)).isEqualByComparingTo("1.3");
    assertOnly(change, Effect.PRICE);
  }

  @Test
  void moreCacheReadsOfTheSameInputAreTheCacheRate() {
    CostChange change =
        total(
            List.of(cell("big", "chat", 100, 1_000_000, 0, 0, 0, PRICES)),
            List.of(cell("big", "chat", 100, 200_000, 800_000, 0, 0, PRICES)));

    // $10 -> $2 + $0.80
    assertThat(change.effect(Effect.CACHE_RATE)).isEqualByComparingTo("-7.2");
    assertOnly(change, Effect.CACHE_RATE);
  }

  @Test
  void longerPromptsAreTokensPerRequest() {
    CostChange change =
        total(
            List.of(cell("big", "chat", 100, 1_000_000, 0, 0, 0, PRICES)),
            List.of(cell("big", "chat", 100, 1_500_000, 0, 0, 0, PRICES)));

    assertThat(change.effect(Effect.TOKENS_PER_REQUEST)).isEqualByComparingTo("5");
    assertOnly(change, Effect.TOKENS_PER_REQUEST);
  }

  @Test
  void movingRequestsToACheaperModelIsMix() {
    CostChange change =
        total(
            List.of(cell("big", "chat", 100, 1_000_000, 0, 0, 0, PRICES)),
            List.of(
                cell("big", "chat", 50, 500_000, 0, 0, 0, PRICES),
                cell("small", "chat", 50, 500_000, 0, 0, 0, tenth(PRICES))));

    // $10 -> $5 + $0.50
    assertThat(change.effect(Effect.MIX)).isEqualByComparingTo("-4.5");
    assertOnly(change, Effect.MIX);
  }

  @Test
  void onRandomMonthsTheEffectsAddUpToTheChangeExactly() {
    Random random = new Random(8);
    for (int round = 0; round < 50; round++) {
      List<UsageCell> before = randomMonth(random);
      List<UsageCell> after = randomMonth(random);
      for (ExplainGrouping grouping : ExplainGrouping.values()) {
        ExplainResult result =
            DefaultExplainService.explain(
                new PricedUsage(before, 0, 0),
                new PricedUsage(after, 0, 0),
                YearMonth.of(2026, 9),
                YearMonth.of(2026, 10),
                grouping,
                "USD");
        CostChange total = result.total();
        assertThat(sum(total.effects())).isEqualByComparingTo(total.change());
        assertThat(total.before()).isEqualByComparingTo(cost(before));
        assertThat(total.after()).isEqualByComparingTo(cost(after));
        for (CostChange change : result.changes()) {
          assertThat(sum(change.effects())).isEqualByComparingTo(change.change());
        }
        ExplainResult rounded = result.toCents();
        CostChange cents = rounded.total();
        assertThat(sum(cents.effects())).isEqualByComparingTo(cents.change());
        assertThat(cents.before())
            .isEqualByComparingTo(cost(before).setScale(2, java.math.RoundingMode.HALF_UP));
        for (int point = 0; point < cents.points().size(); point++) {
          int p = point;
          assertThat(sum(rounded.changes().stream().map(c -> c.points().get(p)).toList()))
              .isEqualByComparingTo(cents.points().get(point));
        }
        for (CostChange change : rounded.changes()) {
          assertThat(sum(change.effects())).isEqualByComparingTo(change.change());
        }
        assertThat(cents.effects()).allSatisfy(e -> assertThat(e.scale()).isEqualTo(2));
      }
    }
  }

  private static void assertOnly(CostChange change, Effect effect) {
    for (Effect other : Effect.values()) {
      if (other != effect) {
        assertThat(change.toCents().effect(other)).as(other.id()).isEqualByComparingTo("0");
      }
    }
  }

  private static CostChange total(List<UsageCell> before, List<UsageCell> after) {
    return DefaultExplainService.explain(
            new PricedUsage(before, 0, 0),
            new PricedUsage(after, 0, 0),
            YearMonth.of(2026, 9),
            YearMonth.of(2026, 10),
            ExplainGrouping.TOTAL,
            "USD")
        .total();
  }

  private static UsageCell cell(
      String model,
      String feature,
      long requests,
      long uncached,
      long cacheRead,
      long write,
      long output,
      String[] prices) {
    return Cells.cell(
        model,
        "acme",
        feature,
        requests,
        new long[] {uncached, cacheRead, write, 0, output, 0},
        prices);
  }

  private static String[] tenth(String[] prices) {
    return java.util.Arrays.stream(prices)
        .map(p -> new BigDecimal(p).movePointLeft(1).toPlainString())
        .toArray(String[]::new);
  }

  private static List<UsageCell> randomMonth(Random random) {
    List<UsageCell> cells = new ArrayList<>();
    String[] models = {"big", "small", "mid"};
    String[] features = {"chat", "search", "review"};
    String[] clients = {"acme", "globex", "initech"};
    for (String model : models) {
      for (String feature : features) {
        for (String client : clients) {
          if (random.nextInt(4) == 0) {
            continue;
          }
          long[] tokens = new long[6];
          String[] prices = new String[6];
          for (int b = 0; b < 6; b++) {
            tokens[b] = random.nextInt(3) == 0 ? 0 : random.nextInt(1_000_000);
            prices[b] = BigDecimal.valueOf(random.nextInt(9000) + 1, 9).toPlainString();
          }
          cells.add(Cells.cell(model, client, feature, random.nextInt(500), tokens, prices));
        }
      }
    }
    return cells;
  }

  private static BigDecimal cost(List<UsageCell> cells) {
    return cells.stream().map(UsageCell::cost).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static BigDecimal sum(List<BigDecimal> values) {
    return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
