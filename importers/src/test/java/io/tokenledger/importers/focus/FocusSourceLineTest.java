package io.tokenledger.importers.focus;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenledger.engine.workspace.DuckDbWorkspaceStore;
import io.tokenledger.engine.workspace.Workspace;
import io.tokenledger.importers.ImportReport;
import io.tokenledger.importers.ImportStatus;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lineage survives DuckDB's parallel reader: every row's source_line is its line in the file,
 * across many row groups, and a second import into the same workspace numbers its own rows.
 */
class FocusSourceLineTest {

  private static final int ROWS = 300_000;

  @TempDir Path dir;

  @Test
  void everyRowKeepsItsLineAcrossRowGroupsAndImports() throws Exception {
    Path first = numbered(dir.resolve("first.csv"), "a");
    Path second = numbered(dir.resolve("second.csv"), "b");
    try (Workspace workspace = new DuckDbWorkspaceStore("test").inMemory()) {
      for (Path file : new Path[] {first, second}) {
        ImportReport report = FocusTestSupport.importFile(workspace, file);
        assertThat(report.status()).as(report.message()).isEqualTo(ImportStatus.IMPORTED);
      }
      assertThat(
              FocusTestSupport.single(
                  workspace,
                  "SELECT count(*) FROM cost_lines"
                      + " WHERE CAST(extra->>'x_Seq' AS BIGINT) + 2 <> source_line"))
          .isEqualTo(0L);
      assertThat(
              FocusTestSupport.query(
                  workspace,
                  "SELECT import_id, min(source_line) AS first, max(source_line) AS last,"
                      + " count(DISTINCT source_line) AS lines FROM cost_lines GROUP BY ALL ORDER BY 1"))
          .extracting(r -> r.get("first"), r -> r.get("last"), r -> r.get("lines"))
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(2L, (long) ROWS + 1, (long) ROWS),
              org.assertj.core.groups.Tuple.tuple(2L, (long) ROWS + 1, (long) ROWS));
    }
  }

  /** A FOCUS file whose rows say their own position in x_Seq (0-based). */
  private static Path numbered(Path file, String tag) throws Exception {
    String header =
        new FocusCsvWriter().column("x_Seq", "0").text().lines().findFirst().orElseThrow();
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(header);
      out.write('\n');
      for (int i = 0; i < ROWS; i++) {
        out.write(
            "0.01,acct-"
                + tag
                + ",Account,USD,2025-02-01T00:00:00Z,2025-01-01T00:00:00Z,Usage,,Line "
                + i
                + ",2025-01-02T00:00:00Z,2025-01-01T00:00:00Z,0.01,0.01,Anthropic,0.01,1,Requests,"
                + "Anthropic,Anthropic,AI and Machine Learning,Claude API,"
                + i
                + '\n');
      }
    }
    return file;
  }
}
