package io.tokenledger.engine.showback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.tokenledger.engine.task.Cancellation;
import io.tokenledger.engine.task.ProgressListener;
import io.tokenledger.engine.workspace.DuckDbWorkspaceStore;
import io.tokenledger.engine.workspace.Workspace;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens packs in LibreOffice Calc (headless, converting them to PDF): a workbook LibreOffice cannot
 * load fails the conversion. Skipped where {@code soffice} is not installed ({@code apt-get install
 * -y libreoffice-calc-nogui}), except under {@code .ci/run}, which installs it and requires it.
 * With {@code -Dshowback.screenshot=FILE.png} and {@code pdftoppm} (poppler-utils) it also renders
 * the Summary page of a plausible month for the docs.
 */
@Tag("libreoffice")
class ShowbackLibreOfficeTest {

  private static final YearMonth OCTOBER = YearMonth.of(2026, 10);

  @TempDir Path dir;

  @Test
  void thePackOpensInLibreOfficeCalc() throws Exception {
    String soffice = onPath("soffice");
    // .ci/run installs LibreOffice and sets this, so CI can never skip the check silently.
    if ("required".equals(System.getenv("TOKENLEDGER_LIBREOFFICE"))) {
      assertThat(soffice).as("soffice on PATH (TOKENLEDGER_LIBREOFFICE=required)").isNotNull();
    }
    assumeTrue(soffice != null, "LibreOffice (soffice) is not installed");
    Path pack = dir.resolve("showback.xlsx");
    try (Workspace workspace = new DuckDbWorkspaceStore("test").inMemory()) {
      ShowbackFixture.fill(workspace, true);
      export(workspace, pack);
    }

    Path pdf = toPdf(soffice, pack, null);

    assertThat(Files.size(pdf)).isGreaterThan(10_000);
  }

  @Test
  void theSummaryOfAPlausibleMonthRendersForTheDocs() throws Exception {
    String screenshot = System.getProperty("showback.screenshot");
    String soffice = onPath("soffice");
    String pdftoppm = onPath("pdftoppm");
    assumeTrue(screenshot != null && soffice != null && pdftoppm != null, "no screenshot asked");
    Path pack = dir.resolve("showback-october.xlsx");
    try (Workspace workspace = new DuckDbWorkspaceStore("test").inMemory()) {
      ShowbackDemoData.fill(workspace, 60_000);
      export(workspace, pack);
    }

    // the first page only: printing a Detail sheet of many thousand rows takes minutes
    Path pdf = toPdf(soffice, pack, "1");

    Path png = Path.of(screenshot).toAbsolutePath();
    List<String> command = new ArrayList<>(List.of(pdftoppm, "-png", "-r", "120", "-f", "1"));
    command.addAll(
        List.of(
            "-l", "1", "-singlefile", pdf.toString(), png.toString().replaceAll("\\.png$", "")));
    Process render = new ProcessBuilder(command).inheritIO().start();
    assertThat(render.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(png).exists();
  }

  private static void export(Workspace workspace, Path pack) {
    new PoiShowbackService()
        .export(
            workspace,
            ShowbackRequest.of(OCTOBER, ShowbackGrouping.CLIENT).withGenerator("TokenLedger"),
            pack,
            ProgressListener.NONE,
            Cancellation.none());
  }

  private Path toPdf(String soffice, Path pack, String pageRange) throws Exception {
    String filter =
        pageRange == null
            ? "pdf"
            : "pdf:calc_pdf_Export:{\"PageRange\":{\"type\":\"string\",\"value\":\""
                + pageRange
                + "\"}}";
    Process process =
        new ProcessBuilder(
                soffice,
                "-env:UserInstallation=" + dir.resolve("lo-profile").toUri(),
                "--headless",
                "--norestore",
                "--convert-to",
                filter,
                "--outdir",
                dir.toString(),
                pack.toString())
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    boolean finished = process.waitFor(300, TimeUnit.SECONDS);
    if (!finished) {
      process.destroyForcibly();
    }
    assertThat(finished).as(output).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output).doesNotContainIgnoringCase("error");
    Path pdf = dir.resolve(pack.getFileName().toString().replace(".xlsx", ".pdf"));
    assertThat(pdf).as(output).exists();
    return pdf;
  }

  private static String onPath(String program) {
    for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path candidate = Path.of(directory, program);
      if (Files.isExecutable(candidate)) {
        return candidate.toString();
      }
    }
    return null;
  }
}
