package io.tokenledger.engine.showback;

import io.tokenledger.engine.reconcile.DuckDbReconcileService;
import io.tokenledger.engine.reconcile.ReconcileService;
import io.tokenledger.engine.task.Cancellation;
import io.tokenledger.engine.task.CancelledException;
import io.tokenledger.engine.task.ProgressListener;
import io.tokenledger.engine.workspace.Workspace;
import io.tokenledger.engine.workspace.WorkspaceException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes showback packs with Apache POI. The summary sheets and their charts are built in memory
 * with XSSF (they are small, and streaming sheets cannot hold charts); the workbook is then wrapped
 * in an SXSSF workbook that streams the Detail rows from a DuckDB result set to a temporary file,
 * so the heap holds a window of rows, never all of them. The file is written beside its target and
 * moved into place at the end, so a failed or cancelled export leaves nothing behind.
 */
public final class PoiShowbackService implements ShowbackService {

  /** Rows SXSSF keeps in memory before flushing them to its temporary file. */
  static final int ROW_WINDOW = 100;

  private final ReconcileService reconcile;
  private final long rowsPerDetailSheet;

  public PoiShowbackService() {
    this(new DuckDbReconcileService(), DetailRefs.MAX_ROWS_PER_SHEET);
  }

  PoiShowbackService(ReconcileService reconcile, long rowsPerDetailSheet) {
    this.reconcile = reconcile;
    this.rowsPerDetailSheet = rowsPerDetailSheet;
  }

  @Override
  public List<YearMonth> periods(Workspace workspace) {
    try (Connection connection = workspace.newConnection();
        java.sql.Statement statement = connection.createStatement();
        java.sql.ResultSet rows =
            statement.executeQuery(
                io.tokenledger.engine.sql.SqlFile.load(ShowbackQueries.class, "periods"))) {
      List<YearMonth> months = new ArrayList<>();
      while (rows.next()) {
        months.add(YearMonth.from(rows.getObject(1, java.time.LocalDate.class)));
      }
      return months;
    } catch (SQLException e) {
      throw new WorkspaceException("Cannot list the months with cost: " + firstLine(e), e);
    }
  }

  @Override
  public List<String> audiences(Workspace workspace, YearMonth period, ShowbackGrouping by) {
    ShowbackRequest request =
        ShowbackRequest.of(period, by).withSections(java.util.Set.of(ShowbackSection.SUMMARY));
    try (Connection connection = workspace.newConnection()) {
      ShowbackQueries queries = new ShowbackQueries(connection, request, false);
      return queries.groups().stream()
          .filter(g -> g.lines() > 0)
          .map(ShowbackQueries.GroupLine::group)
          .toList();
    } catch (SQLException e) {
      throw new WorkspaceException("Cannot list the " + by.plural() + ": " + firstLine(e), e);
    }
  }

  @Override
  public ShowbackSummary preview(Workspace workspace, ShowbackRequest request) {
    try (Connection connection = workspace.newConnection()) {
      ShowbackQueries queries = new ShowbackQueries(connection, request, false);
      queries.checkRates();
      return PackData.summaryOnly(queries, request).summary();
    } catch (SQLException e) {
      throw new WorkspaceException("Cannot compute the showback summary: " + firstLine(e), e);
    }
  }

  @Override
  public ShowbackPack export(
      Workspace workspace,
      ShowbackRequest request,
      Path out,
      ProgressListener progress,
      Cancellation cancellation) {
    Instant started = Instant.now();
    Path target = out.toAbsolutePath();
    Path part = target.resolveSibling(target.getFileName() + ".part");
    try (Connection connection = workspace.newConnection()) {
      progress.fraction(0, "Reading the allocation");
      ShowbackQueries queries = new ShowbackQueries(connection, request, true);
      queries.checkRates();
      PackData data = PackData.full(queries, request, workspace, reconcile);
      cancellation.throwIfCancelled();
      progress.fraction(0.1, "Building the summary sheets");
      List<String> sheetNames;
      long detailRows = 0;
      try (XSSFWorkbook xssf = new XSSFWorkbook()) {
        PackStyles styles = new PackStyles(xssf);
        SheetNames names = new SheetNames();
        List<String> fixed = new ArrayList<>();
        for (String name :
            List.of(
                "Summary",
                "Unit economics",
                "Asymmetry",
                "Rate card",
                "Methodology",
                "Scenarios")) {
          fixed.add(names.unique(name));
        }
        DetailRefs detail =
            request.includes(ShowbackSection.DETAIL)
                ? DetailRefs.plan(data.current.lines(), rowsPerDetailSheet, names)
                : null;
        PackContext context = new PackContext(data, styles, detail);
        ScenariosSheet.Content scenarios =
            request.includes(ShowbackSection.SCENARIOS)
                ? ScenariosSheet.Content.read(workspace, request.currency())
                : ScenariosSheet.Content.NONE;
        buildSheets(xssf, context, fixed, names, scenarios);
        properties(xssf, request);
        xssf.setForceFormulaRecalculation(true);
        cancellation.throwIfCancelled();
        SXSSFWorkbook streaming = new FastZipWorkbook(xssf, ROW_WINDOW);
        try {
          if (detail != null) {
            progress.fraction(0.2, "Writing detail rows");
            try (PreparedStatement rows = queries.detail()) {
              detailRows =
                  new DetailSheet(streaming, styles, detail, request.currency())
                      .write(rows, progress, 0.2, 0.95, cancellation);
            }
          }
          progress.fraction(0.95, "Writing " + target.getFileName());
          try (OutputStream file = Files.newOutputStream(part)) {
            streaming.write(file);
          }
        } finally {
          streaming.dispose();
        }
        sheetNames = new ArrayList<>();
        for (int i = 0; i < xssf.getNumberOfSheets(); i++) {
          sheetNames.add(xssf.getSheetName(i));
        }
      }
      cancellation.throwIfCancelled();
      move(part, target);
      progress.fraction(1, "Showback pack written");
      return new ShowbackPack(
          target, sheetNames, data.summary(), detailRows, Duration.between(started, Instant.now()));
    } catch (SQLException e) {
      if (cancellation.isCancelled()) {
        throw new CancelledException();
      }
      throw new WorkspaceException("The showback export failed: " + firstLine(e), e);
    } catch (IOException e) {
      throw new WorkspaceException("Cannot write " + target + ": " + e.getMessage(), e);
    } finally {
      try {
        Files.deleteIfExists(part);
      } catch (IOException e) {
        // a leftover .part file is harmless and named as such
      }
    }
  }

  private static void buildSheets(
      XSSFWorkbook xssf,
      PackContext context,
      List<String> fixed,
      SheetNames names,
      ScenariosSheet.Content scenarios) {
    ShowbackRequest request = context.request();
    PackData data = context.data;
    XSSFSheet summary = xssf.createSheet(fixed.get(0));
    List<Integer> groupIndexes = new ArrayList<>();
    List<XSSFSheet> groupSheets = new ArrayList<>();
    if (request.includes(ShowbackSection.GROUP_SHEETS)) {
      for (int index : data.groupsWithCost()) {
        if (groupIndexes.size() >= request.maxGroupSheets()) {
          break;
        }
        String name = names.unique(data.groups.get(index).group());
        context.groupSheets.put(data.groups.get(index).group(), name);
        groupIndexes.add(index);
        groupSheets.add(xssf.createSheet(name));
      }
    }
    XSSFSheet unitEconomics =
        request.includes(ShowbackSection.UNIT_ECONOMICS) ? xssf.createSheet(fixed.get(1)) : null;
    XSSFSheet asymmetry =
        request.includes(ShowbackSection.ASYMMETRY) && data.hasRevenue
            ? xssf.createSheet(fixed.get(2))
            : null;
    XSSFSheet rateCard =
        request.includes(ShowbackSection.RATE_CARD) ? xssf.createSheet(fixed.get(3)) : null;
    XSSFSheet scenarioSheet = scenarios.isEmpty() ? null : xssf.createSheet(fixed.get(5));
    XSSFSheet methodology =
        request.includes(ShowbackSection.METHODOLOGY) ? xssf.createSheet(fixed.get(4)) : null;

    SummarySheet summarySheet = new SummarySheet(context, summary);
    summarySheet.build(SummarySheet.now());
    GroupSheets groups = new GroupSheets(context);
    for (int i = 0; i < groupSheets.size(); i++) {
      groups.build(groupSheets.get(i), groupIndexes.get(i));
    }
    if (unitEconomics != null) {
      new UnitEconomicsSheet(context).build(unitEconomics);
    }
    AsymmetrySheet asymmetrySheet = null;
    if (asymmetry != null) {
      asymmetrySheet = new AsymmetrySheet(context);
      asymmetrySheet.build(asymmetry);
    }
    if (rateCard != null) {
      new RateCardSheet(context).build(rateCard);
    }
    if (scenarioSheet != null) {
      new ScenariosSheet(context, scenarios).build(scenarioSheet);
    }
    if (methodology != null) {
      new MethodologySheet(context).build(methodology);
    }
    summarySheet.charts(
        asymmetry,
        asymmetrySheet == null ? 0 : asymmetrySheet.firstRow,
        asymmetrySheet == null ? -1 : asymmetrySheet.lastChartRow);
    xssf.setActiveSheet(0);
  }

  private static void properties(XSSFWorkbook xssf, ShowbackRequest request) {
    POIXMLProperties properties = xssf.getProperties();
    POIXMLProperties.CoreProperties core = properties.getCoreProperties();
    core.setTitle("Showback pack " + request.period() + " by " + request.by().id());
    core.setSubjectProperty("AI cost showback for " + request.period());
    core.setCreator(request.generator());
    core.setDescription(
        "Allocated LLM cost for "
            + request.period()
            + " by "
            + request.by().id()
            + ", in "
            + request.currency()
            + ". Generated by "
            + request.generator()
            + ".");
    core.setKeywords("showback, " + request.period() + ", " + request.by().id());
    POIXMLProperties.CustomProperties custom = properties.getCustomProperties();
    custom.addProperty("Period", request.period().toString());
    custom.addProperty("Grouping", request.by().id());
    custom.addProperty("Reporting currency", request.currency());
    custom.addProperty("Generated by", request.generator());
    if (!request.audiences().isEmpty()) {
      custom.addProperty(
          "Audiences", request.audiences().stream().sorted().collect(Collectors.joining(", ")));
    }
  }

  private static void move(Path part, Path target) throws IOException {
    try {
      Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static String firstLine(SQLException e) {
    String message = e.getMessage() == null ? e.toString() : e.getMessage();
    return message.lines().findFirst().orElse(message);
  }
}
