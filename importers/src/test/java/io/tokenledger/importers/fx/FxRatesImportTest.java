package io.tokenledger.importers.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.tokenledger.importers.ImportReport;
import io.tokenledger.importers.ImportStatus;
import io.tokenledger.importers.RejectedRow;
import io.tokenledger.importers.models.ImportFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FxRatesImportTest {

  @TempDir Path temp;
  private final ImportFixture fixture = new ImportFixture();

  @AfterEach
  void close() {
    fixture.close();
  }

  @Test
  void ratesAreImportedPerMonthAndANewerTableReplacesThem() throws Exception {
    Path first = temp.resolve("fx_rates_2026.csv");
    Files.writeString(
        first,
        "period,from_currency,to_currency,rate\n"
            + "2026-09-01,EUR,USD,1.1523\n"
            + "2026-10,eur,usd,1.1487\n"
            + "2026-10-01,GBP,USD,1.2950\n");
    Path revised = temp.resolve("fx_rates_2026_revised.csv");
    Files.writeString(revised, "month,from,to,rate\n2026-10-15,EUR,USD,1.1500\n");

    ImportReport report = fixture.importFile(first);
    ImportReport second = fixture.importFile(revised);

    assertThat(report.formatId()).isEqualTo(FxRatesImporter.FORMAT_ID);
    assertThat(report.rowsImported()).isEqualTo(3);
    assertThat(second.status()).as(second.message()).isEqualTo(ImportStatus.IMPORTED);
    assertThat(
            fixture.rows(
                "SELECT period, from_currency, to_currency, rate FROM fx_rates"
                    + " ORDER BY period, from_currency"))
        .containsExactly(
            Arrays.asList("2026-09-01", "EUR", "USD", "1.152300000000"),
            Arrays.asList("2026-10-01", "EUR", "USD", "1.150000000000"),
            Arrays.asList("2026-10-01", "GBP", "USD", "1.295000000000"));
  }

  @Test
  void badRatesAreRejectedWithLineAndColumn() throws Exception {
    Path file = temp.resolve("fx_bad.csv");
    Files.writeString(
        file,
        "period,from_currency,to_currency,rate\n"
            + "2026-10-01,EUR,USD,1.1487\n"
            + "2026-10-01,EUR,USD,1.2\n"
            + "October,EUR,USD,1.1\n"
            + "2026-11-01,EUR,USD,-1\n"
            + "2026-11-01,Euro,USD,1\n");

    ImportReport report = fixture.importFile(file);

    assertThat(report.status()).isEqualTo(ImportStatus.REJECTED);
    assertThat(report.rejects())
        .extracting(RejectedRow::line, RejectedRow::column)
        .containsExactly(
            tuple(3L, "period"),
            tuple(4L, "period"),
            tuple(5L, "rate"),
            tuple(6L, "from_currency"));
    assertThat(fixture.count("SELECT count(*) FROM fx_rates")).isZero();
  }
}
