package io.tokenledger.engine.showback;

import java.util.List;
import javax.xml.namespace.QName;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarChart;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTOverlap;

/**
 * Native Excel bar charts bound to cell ranges of the pack, so they follow the numbers if a reader
 * edits them. Every series gets an explicit fill colour: LibreOffice draws a series without one
 * invisible.
 */
final class PackCharts {

  /** A colour-blind-safe palette (Okabe-Ito, then greys), one colour per series in order. */
  private static final byte[][] PALETTE = {
    rgb(0x00, 0x72, 0xB2),
    rgb(0xE6, 0x9F, 0x00),
    rgb(0x00, 0x9E, 0x73),
    rgb(0xCC, 0x79, 0xA7),
    rgb(0x56, 0xB4, 0xE9),
    rgb(0xD5, 0x5E, 0x00),
    rgb(0x99, 0x99, 0x99),
    rgb(0x33, 0x33, 0x33)
  };

  private PackCharts() {}

  /** Where a chart goes on its sheet: the top-left and bottom-right cells it spans. */
  record Placement(int firstColumn, int firstRow, int lastColumn, int lastRow) {}

  /** A series: its name (and the header cell it comes from) and its values. */
  record Series(String title, CellReference titleCell, CellRangeAddress values) {}

  enum Layout {
    /** Horizontal bars, first category on top: a ranking. */
    RANKING,
    /** Vertical bars stacked per category: composition over time. */
    STACKED_COLUMNS,
    /** Vertical bars side by side per category: comparison. */
    CLUSTERED_COLUMNS
  }

  /** A bar chart on {@code host} whose data lives on {@code source} (the same sheet or another). */
  static XSSFChart bars(
      XSSFSheet host,
      Placement at,
      String title,
      XSSFSheet source,
      CellRangeAddress categories,
      List<Series> series,
      Layout layout,
      String valueFormat) {
    XSSFDrawing drawing = host.createDrawingPatriarch();
    XSSFClientAnchor anchor =
        drawing.createAnchor(
            0, 0, 0, 0, at.firstColumn(), at.firstRow(), at.lastColumn(), at.lastRow());
    XSSFChart chart = drawing.createChart(anchor);
    chart.setTitleText(title);
    chart.setTitleOverlay(false);
    if (series.size() > 1) {
      chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
    }
    XDDFCategoryAxis categoryAxis =
        chart.createCategoryAxis(
            layout == Layout.RANKING ? AxisPosition.LEFT : AxisPosition.BOTTOM);
    XDDFValueAxis valueAxis =
        chart.createValueAxis(layout == Layout.RANKING ? AxisPosition.BOTTOM : AxisPosition.LEFT);
    valueAxis.setCrosses(AxisCrosses.AUTO_ZERO);
    valueAxis.setNumberFormat(valueFormat);
    valueAxis.getOrAddMajorGridProperties().setLineProperties(line(rgb(0xD9, 0xD9, 0xD9)));
    if (layout == Layout.RANKING) {
      // the largest group first, on top, as in the table beside it
      categoryAxis.setOrientation(AxisOrientation.MAX_MIN);
      valueAxis.setCrosses(AxisCrosses.MAX);
    }
    XDDFCategoryDataSource categoryData =
        XDDFDataSourcesFactory.fromStringCellRange(source, categories);
    XDDFBarChartData data =
        (XDDFBarChartData) chart.createData(ChartTypes.BAR, categoryAxis, valueAxis);
    data.setBarDirection(layout == Layout.RANKING ? BarDirection.BAR : BarDirection.COL);
    data.setVaryColors(false);
    if (layout == Layout.STACKED_COLUMNS) {
      data.setBarGrouping(BarGrouping.STACKED);
      stackFully(chart);
    } else {
      data.setBarGrouping(BarGrouping.CLUSTERED);
    }
    data.setGapWidth(60);
    for (int i = 0; i < series.size(); i++) {
      Series s = series.get(i);
      XDDFNumericalDataSource<Double> values =
          XDDFDataSourcesFactory.fromNumericCellRange(source, s.values());
      XDDFChartData.Series plotted = data.addSeries(categoryData, values);
      plotted.setTitle(s.title(), s.titleCell());
      plotted.setShapeProperties(fill(PALETTE[i % PALETTE.length]));
    }
    chart.plot(data);
    return chart;
  }

  /**
   * Stacked bars need a 100% overlap or Excel draws them side by side. XDDF's setter needs a schema
   * type that poi-ooxml-lite does not ship, so the attribute is written as text.
   */
  private static void stackFully(XSSFChart chart) {
    CTBarChart bars = chart.getCTChart().getPlotArea().getBarChartArray(0);
    CTOverlap overlap = bars.isSetOverlap() ? bars.getOverlap() : bars.addNewOverlap();
    try (XmlCursor cursor = overlap.newCursor()) {
      cursor.setAttributeText(new QName("val"), "100");
    }
  }

  private static XDDFShapeProperties fill(byte[] colour) {
    XDDFShapeProperties properties = new XDDFShapeProperties();
    properties.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(colour)));
    properties.setLineProperties(line(colour));
    return properties;
  }

  private static XDDFLineProperties line(byte[] colour) {
    XDDFLineProperties line = new XDDFLineProperties();
    line.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(colour)));
    return line;
  }

  /** The palette colour of series {@code index}, as RGB bytes (for tests and legends). */
  static byte[] colour(int index) {
    return PALETTE[index % PALETTE.length].clone();
  }

  private static byte[] rgb(int r, int g, int b) {
    return new byte[] {(byte) r, (byte) g, (byte) b};
  }
}
