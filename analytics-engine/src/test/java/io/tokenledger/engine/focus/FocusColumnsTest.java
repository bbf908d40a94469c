package io.tokenledger.engine.focus;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenledger.engine.workspace.DuckDbWorkspaceStore;
import io.tokenledger.engine.workspace.Workspace;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The bundled FOCUS column catalog and the workspace columns it maps to. */
class FocusColumnsTest {

  private final FocusColumns catalog = FocusColumns.bundled();

  @Test
  void eachVersionHasTheColumnCountsOfTheSpecification() {
    // realdata/SOURCES.md: 43 (1.0), 50 (1.1), 57 (1.2), 65 (1.3) Cost and Usage columns, 13 in
    // the 1.3 Contract Commitment dataset; 21 mandatory columns, 23 in 1.3.
    assertThat(catalog.of(FocusVersion.V1_0, FocusDataset.COST_AND_USAGE)).hasSize(43);
    assertThat(catalog.of(FocusVersion.V1_1, FocusDataset.COST_AND_USAGE)).hasSize(50);
    assertThat(catalog.of(FocusVersion.V1_2, FocusDataset.COST_AND_USAGE)).hasSize(57);
    assertThat(catalog.of(FocusVersion.V1_3, FocusDataset.COST_AND_USAGE)).hasSize(65);
    assertThat(catalog.of(FocusVersion.V1_3, FocusDataset.CONTRACT_COMMITMENT)).hasSize(13);
    assertThat(catalog.of(FocusVersion.V1_2, FocusDataset.COST_AND_USAGE))
        .filteredOn(FocusColumn::isMandatory)
        .hasSize(21);
    assertThat(catalog.of(FocusVersion.V1_3, FocusDataset.COST_AND_USAGE))
        .filteredOn(FocusColumn::isMandatory)
        .extracting(FocusColumn::id)
        .hasSize(23)
        .contains("ServiceProviderName", "HostProviderName", "ProviderName");
  }

  @Test
  void providerAndPublisherNameAreDeprecatedIn13Only() {
    assertThat(catalog.find(FocusVersion.V1_3, FocusDataset.COST_AND_USAGE, "ProviderName"))
        .hasValueSatisfying(c -> assertThat(c.deprecated()).isTrue());
    assertThat(catalog.find(FocusVersion.V1_2, FocusDataset.COST_AND_USAGE, "ProviderName"))
        .hasValueSatisfying(c -> assertThat(c.deprecated()).isFalse());
  }

  @Test
  void columnsAreFoundWithoutRegardToCase() {
    assertThat(catalog.find(FocusVersion.V1_2, FocusDataset.COST_AND_USAGE, "SkuPriceid"))
        .hasValueSatisfying(c -> assertThat(c.id()).isEqualTo("SkuPriceId"));
    assertThat(catalog.findAnyVersion(FocusDataset.COST_AND_USAGE, "hostprovidername"))
        .hasValueSatisfying(c -> assertThat(c.version()).isEqualTo(FocusVersion.V1_3));
    assertThat(catalog.find(FocusVersion.V1_2, FocusDataset.COST_AND_USAGE, "x_Custom")).isEmpty();
  }

  @Test
  void theVersionIsTheLatestThatIntroducedOneOfTheColumns() {
    List<String> v10 = List.of("BilledCost", "ChargePeriodStart", "ProviderName", "Tags");
    assertThat(catalog.detectVersion(FocusDataset.COST_AND_USAGE, v10))
        .isEqualTo(FocusVersion.V1_0);
    assertThat(catalog.detectVersion(FocusDataset.COST_AND_USAGE, plus(v10, "SkuMeter")))
        .isEqualTo(FocusVersion.V1_1);
    assertThat(catalog.detectVersion(FocusDataset.COST_AND_USAGE, plus(v10, "InvoiceId")))
        .isEqualTo(FocusVersion.V1_2);
    assertThat(catalog.detectVersion(FocusDataset.COST_AND_USAGE, plus(v10, "ServiceProviderName")))
        .isEqualTo(FocusVersion.V1_3);
    assertThat(
            FocusColumns.detectDataset(
                List.of("ContractCommitmentId", "ContractCommitmentCategory")))
        .isEqualTo(FocusDataset.CONTRACT_COMMITMENT);
  }

  @Test
  void versionsAreReadAsWritten() {
    assertThat(FocusVersion.parse("1.2")).contains(FocusVersion.V1_2);
    assertThat(FocusVersion.parse("v1.3")).contains(FocusVersion.V1_3);
    assertThat(FocusVersion.parse("1.0.0")).contains(FocusVersion.V1_0);
    assertThat(FocusVersion.parse("1.4")).isEmpty();
  }

  @Test
  void everyFocusColumnHasAWorkspaceColumn() throws Exception {
    try (Workspace workspace = new DuckDbWorkspaceStore("test").inMemory();
        Connection connection = workspace.newConnection()) {
      Set<String> costLines = columnsOf(connection, "cost_lines");
      Set<String> commitments = columnsOf(connection, "contract_commitments");
      for (FocusVersion version : FocusVersion.values()) {
        assertThat(costLines)
            .containsAll(
                catalog.of(version, FocusDataset.COST_AND_USAGE).stream()
                    .map(FocusColumn::id)
                    .toList());
      }
      assertThat(commitments)
          .containsAll(
              catalog.of(FocusVersion.V1_3, FocusDataset.CONTRACT_COMMITMENT).stream()
                  .map(FocusColumn::id)
                  .toList());
    }
  }

  private static Set<String> columnsOf(Connection connection, String table) throws Exception {
    Set<String> names = new HashSet<>();
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("DESCRIBE " + table)) {
      while (rs.next()) {
        names.add(rs.getString(1));
      }
    }
    return names;
  }

  private static List<String> plus(List<String> names, String name) {
    return java.util.stream.Stream.concat(names.stream(), java.util.stream.Stream.of(name))
        .toList();
  }
}
