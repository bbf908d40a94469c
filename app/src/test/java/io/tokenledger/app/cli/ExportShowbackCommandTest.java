package io.tokenledger.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenledger.app.AppServices;
import io.tokenledger.app.testing.ShowbackRows;
import io.tokenledger.engine.workspace.Workspace;
import io.tokenledger.engine.workspace.WorkspaceOptions;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportShowbackCommandTest {

  @TempDir Path dir;

  private final AppServices services = AppServices.createDefault();
  private Path workspace;

  /** See {@link ShowbackRows}: $90 spread 2:1 over two clients, $9.99 unallocated. */
  @BeforeEach
  void workspace() throws Exception {
    workspace = dir.resolve("w.tlw");
    try (Workspace ws = services.workspaceStore().create(workspace, WorkspaceOptions.defaults())) {
      ShowbackRows.insert(ws);
    }
  }

  @Test
  void writesOnePackForAllClientsAndSaysWhatItHolds() throws Exception {
    Path pack = dir.resolve("pack.xlsx");

    CliRun result =
        run(
            "export",
            "showback",
            "--workspace",
            workspace.toString(),
            "--period",
            "2026-10",
            "--by",
            "client",
            "--out",
            pack.toString());

    assertThat(result.err).isEmpty();
    assertThat(result.code).isZero();
    assertThat(result.out)
        .startsWith("Wrote " + pack.toAbsolutePath() + ": ")
        .contains("3 detail rows; billed USD 99.99 (allocated 90.00, unallocated 9.99)");
    try (XSSFWorkbook book = open(pack)) {
      XSSFSheet summary = book.getSheet("Summary");
      assertThat(valueOf(summary, "Total billed")).isEqualTo(99.99);
      assertThat(valueOf(summary, "Acme Corp")).isEqualTo(60.0);
      assertThat(book.getSheet("Globex")).isNotNull();
      assertThat(book.getSheet("Detail").getLastRowNum()).isEqualTo(3);
    }
  }

  @Test
  void splitWritesOnePackPerAudienceNamedAfterIt() throws Exception {
    Path pack = dir.resolve("october.xlsx");

    CliRun result =
        run(
            "export",
            "showback",
            "-w",
            workspace.toString(),
            "--period",
            "2026-10",
            "--out",
            pack.toString(),
            "--split",
            "--sections",
            "groups,detail");

    assertThat(result.code).as(result.err).isZero();
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".xlsx")))
          .containsExactlyInAnyOrder(
              "october-acme-corp.xlsx", "october-globex.xlsx", "october-unallocated.xlsx");
    }
    try (XSSFWorkbook book = open(dir.resolve("october-globex.xlsx"))) {
      assertThat(valueOf(book.getSheet("Summary"), "Total billed")).isEqualTo(30.0);
      assertThat(book.getSheet("Acme Corp")).isNull();
      assertThat(book.getSheet("Rate card")).isNull();
    }
  }

  @Test
  void anUnknownGroupingIsOneClearError() {
    CliRun result =
        run(
            "export",
            "showback",
            "-w",
            workspace.toString(),
            "--period",
            "2026-10",
            "--by",
            "region",
            "--out",
            dir.resolve("p.xlsx").toString());

    assertThat(result.code).isEqualTo(2);
    assertThat(result.err).startsWith("--by takes client, team or feature, not 'region'");
    assertThat(dir.resolve("p.xlsx")).doesNotExist();
  }

  private static double valueOf(XSSFSheet sheet, String label) {
    for (Row row : sheet) {
      if (row.getCell(0) != null
          && row.getCell(0).getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
          && row.getCell(0).getStringCellValue().equals(label)) {
        return row.getCell(1).getNumericCellValue();
      }
    }
    throw new AssertionError("no row " + label);
  }

  private static XSSFWorkbook open(Path file) throws Exception {
    try (InputStream in = Files.newInputStream(file)) {
      return new XSSFWorkbook(in);
    }
  }

  private CliRun run(String... args) {
    return CliRun.run(services, args);
  }
}
