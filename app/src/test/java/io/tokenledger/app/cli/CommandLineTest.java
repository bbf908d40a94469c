package io.tokenledger.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenledger.app.AppServices;
import io.tokenledger.app.AppVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {

  private static final String EVENTS =
      "timestamp,provider,model,in_uncached,out_text,cost\n"
          + "2026-10-01T10:00:00Z,openai,gpt-4o,100,20,0.50\n"
          + "2026-10-01T11:00:00Z,openai,gpt-4o,200,40,0.25\n"
          + "2026-10-01T12:00:00Z,anthropic,claude-haiku-4-5,300,60,0.125\n";

  @TempDir Path dir;

  private final AppServices services = AppServices.createDefault();

  @Test
  void importThenSourcesShowTheRightCounts() throws Exception {
    Path workspace = dir.resolve("w.tlw");
    Path events = Files.writeString(dir.resolve("events.csv"), EVENTS);

    CliRun imported = run("import", "--workspace", workspace.toString(), events.toString());
    CliRun sources = run("sources", "--workspace", workspace.toString(), "--format", "csv");

    assertThat(imported.code).isZero();
    assertThat(imported.out)
        .startsWith("Created workspace w.tlw\n")
        .contains("events.csv: imported 3 rows as Generic usage CSV, 0 rejected");
    assertThat(imported.err).isEmpty();
    assertThat(sources.code).isZero();
    assertThat(sources.out.lines())
        .hasSize(2)
        .first()
        .isEqualTo("id,file,format,version,rows,rejected,imported_at,sha256");
    assertThat(sources.out.lines().skip(1).findFirst().orElseThrow())
        .startsWith("1,events.csv,generic-usage-csv,,3,0,");
  }

  @Test
  void importingTheSameFileTwiceSaysAlreadyImportedAndSucceeds() throws Exception {
    Path workspace = dir.resolve("w.tlw");
    Path events = Files.writeString(dir.resolve("events.csv"), EVENTS);
    run("import", "-w", workspace.toString(), events.toString());

    CliRun again = run("import", "-w", workspace.toString(), events.toString());

    assertThat(again.code).isZero();
    assertThat(again.out).contains("events.csv: already imported as events.csv (import 1, 3 rows)");
    assertThat(run("sources", "-w", workspace.toString()).out).contains("1 source(s)");
  }

  @Test
  void aFileWithABadRowFailsWithItsLineOnStderrAndANonZeroExit() throws Exception {
    Path workspace = dir.resolve("w.tlw");
    Path good = Files.writeString(dir.resolve("good.csv"), EVENTS);
    Path bad =
        Files.writeString(dir.resolve("bad.csv"), EVENTS.replace("0.25", "twenty-five cents"));

    CliRun result = run("import", "-w", workspace.toString(), good.toString(), bad.toString());

    assertThat(result.code).isEqualTo(1);
    assertThat(result.out).contains("good.csv: imported 3 rows");
    assertThat(result.err)
        .contains("error: bad.csv: 1 invalid row(s); nothing was imported.")
        .contains("  bad.csv:3: column 'cost': could not convert string \"twenty-five cents\"");
    assertThat(run("sources", "-w", workspace.toString()).out).contains("1 source(s)");
  }

  @Test
  void workspaceErrorsAreOneLineWithoutAStackTrace() throws Exception {
    Path notAWorkspace = Files.writeString(dir.resolve("notes.tlw"), "hello");

    CliRun result = run("sources", "-w", notAWorkspace.toString());

    assertThat(result.code).isEqualTo(2);
    assertThat(result.err.strip())
        .isEqualTo(
            "error: " + notAWorkspace + " is not a TokenLedger workspace (not a DuckDB database)");
  }

  @Test
  void queryPrintsOnePlainCsvRowPerGroupAndTheTotalWhenAsked() throws Exception {
    Path workspace = dir.resolve("w.tlw");
    run(
        "import",
        "-w",
        workspace.toString(),
        Files.writeString(dir.resolve("e.csv"), EVENTS).toString());

    CliRun csv =
        run(
            "query",
            "-w",
            workspace.toString(),
            "--rows",
            "provider,model",
            "--measures",
            "tokens,requests",
            "--format",
            "csv",
            "--totals");
    CliRun filtered =
        run(
            "query",
            "-w",
            workspace.toString(),
            "--rows",
            "model",
            "--measures",
            "tokens",
            "--format",
            "csv",
            "--filter",
            "provider=anthropic",
            "--filter",
            "provider=' OR 1=1 --");

    assertThat(csv.code).isZero();
    assertThat(csv.out)
        .isEqualTo(
            "provider,model,tokens,requests\n"
                + "anthropic,claude-haiku-4-5,360,1\n"
                + "openai,gpt-4o,360,2\n"
                + "Total,,720,3\n");
    assertThat(filtered.out).isEqualTo("model,tokens\nclaude-haiku-4-5,360\n");
  }

  @Test
  void unknownDimensionsAreOneClearError() throws Exception {
    Path workspace = dir.resolve("w.tlw");
    run(
        "import",
        "-w",
        workspace.toString(),
        Files.writeString(dir.resolve("e.csv"), EVENTS).toString());

    CliRun result =
        run("query", "-w", workspace.toString(), "--rows", "colour", "--measures", "tokens");

    assertThat(result.code).isEqualTo(2);
    assertThat(result.err.strip())
        .startsWith("error: Unknown dimension 'colour'; known: provider, model,");
  }

  @Test
  void versionAndHelpAreAvailable() {
    assertThat(run("--version").out).startsWith("TokenLedger " + AppVersion.get());
    assertThat(run("--help").out).contains("import").contains("sources");
  }

  @Test
  void onlyDesktopOptionsLaunchTheWindow() {
    assertThat(TokenLedgerCommand.isDesktopLaunch(new String[0])).isTrue();
    assertThat(TokenLedgerCommand.isDesktopLaunch(new String[] {"--workspace", "a.tlw", "--dark"}))
        .isTrue();
    assertThat(TokenLedgerCommand.isDesktopLaunch(new String[] {"--smoke"})).isTrue();
    assertThat(TokenLedgerCommand.isDesktopLaunch(new String[] {"--page", "explore"})).isTrue();
    assertThat(TokenLedgerCommand.isDesktopLaunch(new String[] {"/home/ana/q4.tlw"})).isTrue();
    assertThat(TokenLedgerCommand.isDesktopLaunch(new String[] {"--version"})).isFalse();
    assertThat(TokenLedgerCommand.isDesktopLaunch(new String[] {"sources", "--workspace", "a"}))
        .isFalse();
  }

  private CliRun run(String... args) {
    return CliRun.run(services, args);
  }
}
