package io.tokenledger.engine.clients;

import io.tokenledger.engine.sql.SqlFile;
import io.tokenledger.engine.workspace.Workspace;
import io.tokenledger.engine.workspace.WorkspaceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** The FX table in the workspace's DuckDB file ({@code DuckDbFxRatesService/*.sql}). */
public final class DuckDbFxRatesService implements FxRatesService {

  @Override
  public List<FxRate> list(Workspace workspace) {
    List<FxRate> rates = new ArrayList<>();
    try (Connection connection = workspace.newConnection();
        PreparedStatement query = connection.prepareStatement(sql("list"));
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        rates.add(
            new FxRate(
                YearMonth.from(rows.getObject(1, LocalDate.class)),
                rows.getString(2),
                rows.getString(3),
                rows.getBigDecimal(4)));
      }
    } catch (SQLException e) {
      throw new WorkspaceException("Cannot read the FX rates: " + e.getMessage(), e);
    }
    return rates;
  }

  @Override
  public void put(Workspace workspace, FxRate rate) {
    try (Connection connection = workspace.newConnection();
        PreparedStatement upsert = connection.prepareStatement(sql("put"))) {
      upsert.setObject(1, rate.month().atDay(1));
      upsert.setString(2, rate.from());
      upsert.setString(3, rate.to());
      upsert.setBigDecimal(4, rate.rate());
      upsert.executeUpdate();
    } catch (SQLException e) {
      throw new WorkspaceException("Cannot save the FX rate: " + e.getMessage(), e);
    }
  }

  @Override
  public boolean delete(Workspace workspace, YearMonth month, String from, String to) {
    try (Connection connection = workspace.newConnection();
        PreparedStatement delete = connection.prepareStatement(sql("delete"))) {
      delete.setObject(1, month.atDay(1));
      delete.setString(2, from);
      delete.setString(3, to);
      return delete.executeUpdate() > 0;
    } catch (SQLException e) {
      throw new WorkspaceException("Cannot delete the FX rate: " + e.getMessage(), e);
    }
  }

  private static String sql(String name) {
    return SqlFile.load(DuckDbFxRatesService.class, name);
  }
}
