package io.tokenledger.engine.focus;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenledger.engine.workspace.DuckDbWorkspaceStore;
import io.tokenledger.engine.workspace.Workspace;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** FOCUS files written from cost_lines: columns, text formats, nulls and the x_ columns. */
class DuckDbFocusExportServiceTest {

  @TempDir Path dir;
  private Workspace workspace;
  private final DuckDbFocusExportService service = new DuckDbFocusExportService();

  @BeforeEach
  void open() throws Exception {
    workspace = new DuckDbWorkspaceStore("test").inMemory();
    execute(
        "INSERT INTO cost_lines (import_id, source_line, provider, BilledCost, EffectiveCost, ListCost,"
            + " ContractedCost, BillingCurrency, ChargePeriodStart, ChargePeriodEnd, ListUnitPrice,"
            + " PricingQuantity, ServiceProviderName, ChargeClass, Tags, extra) VALUES"
            + " (1, 2, 'anthropic', 12.5, 12.5, 15, 0, 'USD', TIMESTAMPTZ '2025-01-01 05:00:00+00',"
            + " TIMESTAMPTZ '2025-01-01 08:00:00+02', 0.000003, 5000000, 'Anthropic', NULL,"
            + " '{\"team\":\"search\"}', '{\"x_UsageType\":\"input\",\"PrincipalId\":\"p1\","
            + "\"tl_source_file\":\"part-1.csv\"}'),"
            + " (1, 3, 'anthropic', -0.25, 0, 0, 0, 'USD', TIMESTAMPTZ '2025-01-02 00:00:00+00', NULL,"
            + " NULL, NULL, 'Anthropic', 'Correction', NULL, NULL)");
  }

  @AfterEach
  void close() {
    workspace.close();
  }

  private void execute(String sql) throws Exception {
    try (Connection connection = workspace.newConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private List<Map<String, String>> exportCsv(FocusVersion version) throws Exception {
    Path out = dir.resolve("focus-" + version + ".csv");
    FocusExportResult result =
        service.export(workspace, new FocusExportRequest(out, version, FocusExportFormat.CSV));
    assertThat(result.rows()).isEqualTo(2);
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    List<String> header = List.of(lines.get(0).split(",", -1));
    assertThat(header).isEqualTo(result.columns());
    return lines.subList(1, lines.size()).stream()
        .map(
            line -> {
              Map<String, String> row = new HashMap<>();
              List<String> values = FocusColumns.splitCsvLine(line);
              for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), values.get(i));
              }
              return row;
            })
        .toList();
  }

  @Test
  void everyColumnOfTheVersionComesFirstThenTheXColumns() throws Exception {
    Path out = dir.resolve("focus.csv");
    FocusExportResult result =
        service.export(
            workspace, new FocusExportRequest(out, FocusVersion.V1_2, FocusExportFormat.CSV));
    List<String> focus =
        FocusColumns.bundled().of(FocusVersion.V1_2, FocusDataset.COST_AND_USAGE).stream()
            .map(FocusColumn::id)
            .toList();
    assertThat(result.columns().subList(0, focus.size())).isEqualTo(focus);
    assertThat(result.columns().subList(focus.size(), result.columns().size()))
        .containsExactly("x_PrincipalId", "x_UsageType");
  }

  @Test
  void valuesAreWrittenInFocusTextFormats() throws Exception {
    Map<String, String> first = exportCsv(FocusVersion.V1_2).get(0);
    assertThat(first)
        .containsEntry("ChargePeriodStart", "2025-01-01T05:00:00Z")
        .containsEntry("ChargePeriodEnd", "2025-01-01T06:00:00Z")
        .containsEntry("BilledCost", "12.5")
        .containsEntry("ListCost", "15")
        .containsEntry("ContractedCost", "0")
        .containsEntry("ListUnitPrice", "0.000003")
        .containsEntry("PricingQuantity", "5000000")
        .containsEntry("Tags", "{\"team\":\"search\"}")
        .containsEntry("x_UsageType", "input")
        .containsEntry("x_PrincipalId", "p1");
  }

  @Test
  void nullsAreEmptyFieldsAndNegativeAmountsKeepTheirSign() throws Exception {
    Map<String, String> second = exportCsv(FocusVersion.V1_2).get(1);
    assertThat(second)
        .containsEntry("BilledCost", "-0.25")
        .containsEntry("ChargePeriodEnd", "")
        .containsEntry("Tags", "")
        .containsEntry("x_UsageType", "")
        .containsEntry("ChargeClass", "Correction");
  }

  @Test
  void providerColumnsFallBackOnTheirOtherVersionsName() throws Exception {
    assertThat(exportCsv(FocusVersion.V1_2).get(0))
        .containsEntry("ProviderName", "Anthropic")
        .containsEntry("PublisherName", "Anthropic");
    assertThat(exportCsv(FocusVersion.V1_3).get(0))
        .containsEntry("ServiceProviderName", "Anthropic")
        .containsEntry("HostProviderName", "Anthropic");
  }

  @Test
  void parquetKeepsDecimalAndTimestampTypes() throws Exception {
    Path out = dir.resolve("focus.parquet");
    service.export(
        workspace, new FocusExportRequest(out, FocusVersion.V1_3, FocusExportFormat.PARQUET));
    Map<String, String> types = new HashMap<>();
    try (Connection connection = ScratchDatabase.open();
        Statement statement = connection.createStatement();
        ResultSet rs =
            statement.executeQuery("DESCRIBE SELECT * FROM read_parquet('" + out + "')")) {
      while (rs.next()) {
        types.put(rs.getString(1), rs.getString(2));
      }
    }
    assertThat(types)
        .containsEntry("BilledCost", "DECIMAL(38,10)")
        .containsEntry("ListUnitPrice", "DECIMAL(38,18)")
        .containsEntry("ChargePeriodStart", "TIMESTAMP WITH TIME ZONE")
        .containsEntry("ServiceProviderName", "VARCHAR")
        .containsKey("x_UsageType");
  }

  @Test
  void anEmptyWorkspaceExportsTheHeaderOnly() throws Exception {
    execute("DELETE FROM cost_lines");
    Path out = dir.resolve("empty.csv");
    FocusExportResult result =
        service.export(
            workspace, new FocusExportRequest(out, FocusVersion.V1_2, FocusExportFormat.CSV));
    assertThat(result.rows()).isZero();
    assertThat(Files.readAllLines(out)).hasSize(1);
  }
}
