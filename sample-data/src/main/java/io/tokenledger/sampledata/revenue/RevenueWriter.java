package io.tokenledger.sampledata.revenue;

import io.tokenledger.sampledata.DemoFormats;
import io.tokenledger.sampledata.GeneratedFile;
import io.tokenledger.sampledata.company.Company;
import io.tokenledger.sampledata.files.CsvFile;
import io.tokenledger.sampledata.files.DeterministicZip;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The finance team's revenue sheet, once as CSV and once as the XLSX it is kept in (real dates,
 * numeric amounts, a frozen header), and the FX table it converts euros with.
 */
public final class RevenueWriter {

  static final List<String> HEADER =
      List.of(
          "client_id",
          "client",
          "period_start",
          "period_end",
          "plan",
          "seats",
          "amount",
          "currency",
          "invoice_id");

  static final List<String> FX_HEADER = List.of("period", "from_currency", "to_currency", "rate");

  private RevenueWriter() {}

  public static List<GeneratedFile> write(Path outDir, Company company, RevenueBook book)
      throws IOException {
    Path dir = outDir.resolve("revenue");
    String range =
        company.months().get(0) + "_" + company.months().get(company.months().size() - 1);
    List<GeneratedFile> files = new ArrayList<>();
    try (CsvFile csv = CsvFile.create(dir.resolve("revenue_by_client_" + range + ".csv"), HEADER)) {
      for (RevenueLine line : book.lines()) {
        csv.raw(line.clientId())
            .text(line.client())
            .raw(line.month().atDay(1).toString())
            .raw(line.month().atEndOfMonth().toString())
            .raw(line.plan())
            .number(line.seats())
            .raw(line.amount().toPlainString())
            .raw(line.currency())
            .raw(line.invoiceId());
        csv.endRow();
      }
      files.add(new GeneratedFile(csv.path(), DemoFormats.REVENUE_CSV, book.lines().size()));
    }
    Path xlsx = dir.resolve("revenue_by_client_" + range + ".xlsx");
    writeWorkbook(xlsx, book);
    files.add(new GeneratedFile(xlsx, DemoFormats.REVENUE_XLSX, book.lines().size()));
    try (CsvFile fx = CsvFile.create(dir.resolve("fx_rates_" + range + ".csv"), FX_HEADER)) {
      for (Map.Entry<YearMonth, BigDecimal> rate : book.eurUsd().entrySet()) {
        fx.raw(rate.getKey().atDay(1).toString())
            .raw("EUR")
            .raw("USD")
            .raw(rate.getValue().toPlainString());
        fx.endRow();
      }
      files.add(new GeneratedFile(fx.path(), DemoFormats.FX_RATES_CSV, fx.rows()));
    }
    return files;
  }

  private static void writeWorkbook(Path path, RevenueBook book) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Date created = Date.from(LocalDate.of(2026, 11, 2).atStartOfDay().toInstant(ZoneOffset.UTC));
      workbook.getProperties().getCoreProperties().setCreated(Optional.of(created));
      workbook.getProperties().getCoreProperties().setModified(Optional.of(created));
      workbook.getProperties().getCoreProperties().setCreator("Lumora Finance");
      Sheet sheet = workbook.createSheet("Revenue");
      Font bold = workbook.createFont();
      bold.setBold(true);
      CellStyle header = workbook.createCellStyle();
      header.setFont(bold);
      CellStyle date = workbook.createCellStyle();
      date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
      CellStyle money = workbook.createCellStyle();
      money.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("#,##0.00"));
      Row top = sheet.createRow(0);
      for (int i = 0; i < HEADER.size(); i++) {
        Cell cell = top.createCell(i);
        cell.setCellValue(HEADER.get(i));
        cell.setCellStyle(header);
      }
      int r = 1;
      for (RevenueLine line : book.lines()) {
        Row row = sheet.createRow(r++);
        row.createCell(0).setCellValue(line.clientId());
        row.createCell(1).setCellValue(line.client());
        Cell start = row.createCell(2);
        start.setCellValue(line.month().atDay(1));
        start.setCellStyle(date);
        Cell end = row.createCell(3);
        end.setCellValue(line.month().atEndOfMonth());
        end.setCellStyle(date);
        row.createCell(4).setCellValue(line.plan());
        row.createCell(5).setCellValue(line.seats());
        Cell amount = row.createCell(6);
        amount.setCellValue(line.amount().doubleValue());
        amount.setCellStyle(money);
        row.createCell(7).setCellValue(line.currency());
        row.createCell(8).setCellValue(line.invoiceId());
      }
      sheet.createFreezePane(0, 1);
      int[] widths = {22, 30, 12, 12, 12, 8, 14, 10, 18};
      for (int i = 0; i < widths.length; i++) {
        sheet.setColumnWidth(i, widths[i] * 256);
      }
      Files.createDirectories(path.getParent());
      Path raw = path.resolveSibling(path.getFileName() + ".tmp");
      try (OutputStream out = Files.newOutputStream(raw)) {
        workbook.write(out);
      }
      DeterministicZip.normalize(raw, path);
      Files.delete(raw);
    }
  }
}
