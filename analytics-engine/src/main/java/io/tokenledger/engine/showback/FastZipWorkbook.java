package io.tokenledger.engine.showback;

import java.io.OutputStream;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An SXSSF workbook that deflates the file at the fastest level. A million detail rows are some 900
 * MB of very repetitive sheet XML: at the default level compressing it took a third of the export,
 * at the fastest the file is a little larger and written in a fraction of the time.
 */
final class FastZipWorkbook extends SXSSFWorkbook {

  FastZipWorkbook(XSSFWorkbook template, int rowWindow) {
    super(template, rowWindow);
  }

  @Override
  protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream stream) {
    ZipArchiveOutputStream zip = super.createArchiveOutputStream(stream);
    zip.setLevel(Deflater.BEST_SPEED);
    return zip;
  }
}
