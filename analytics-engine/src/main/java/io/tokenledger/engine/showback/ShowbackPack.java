package io.tokenledger.engine.showback;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A pack that was written.
 *
 * @param file the workbook
 * @param sheets the sheet names in order
 * @param summary the numbers on its Summary sheet
 * @param detailRows rows streamed to the Detail sheet(s)
 */
public record ShowbackPack(
    Path file, List<String> sheets, ShowbackSummary summary, long detailRows, Duration duration) {

  public ShowbackPack {
    sheets = List.copyOf(sheets);
  }
}
