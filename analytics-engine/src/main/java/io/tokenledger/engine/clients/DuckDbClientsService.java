package io.tokenledger.engine.clients;

import io.tokenledger.engine.mapping.DefaultMappingService;
import io.tokenledger.engine.mapping.MappingService;
import io.tokenledger.engine.workspace.Workspace;
import io.tokenledger.engine.workspace.WorkspaceException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The Clients analysis over the workspace's DuckDB file: sums per client in SQL ({@link
 * ClientsQueries}), shares, ratios, concentration and sentences in Java ({@link ClientFigures},
 * {@link Concentration}), client matching against the mapping rules ({@link ClientMatcher}).
 */
public final class DuckDbClientsService implements ClientsService {

  private final MappingService mapping;

  public DuckDbClientsService() {
    this(new DefaultMappingService());
  }

  public DuckDbClientsService(MappingService mapping) {
    this.mapping = mapping;
  }

  @Override
  public ClientsReport report(Workspace workspace, ClientsRequest request) {
    try (Connection connection = workspace.newConnection()) {
      ClientsQueries queries = new ClientsQueries(connection);
      ClientMatching matching = matching(workspace, queries);
      queries.scope(request, matching.matches());
      List<ClientsQueries.ClientSums> sums = queries.clients();
      BigDecimal totalRevenue = sum(sums.stream().map(ClientsQueries.ClientSums::revenue).toList());
      BigDecimal totalSpend = sum(sums.stream().map(ClientsQueries.ClientSums::spend).toList());
      List<ClientEconomics> clients = new ArrayList<>();
      for (ClientsQueries.ClientSums line : sums) {
        clients.add(ClientFigures.economics(line, totalRevenue, totalSpend));
      }
      // Concentration is over clients; the unmapped spend is nobody's.
      List<ClientEconomics> population =
          clients.stream().filter(c -> !c.client().startsWith("(")).toList();
      return new ClientsReport(
          request,
          clients,
          totalRevenue,
          totalSpend,
          queries.unallocated(),
          Concentration.of(population.stream().map(ClientEconomics::revenue).toList()),
          Concentration.of(population.stream().map(ClientEconomics::spend).toList()),
          ClientFigures.sentences(clients),
          queries.trend(),
          matching);
    } catch (SQLException e) {
      throw new WorkspaceException("Cannot compute the clients' figures: " + e.getMessage(), e);
    }
  }

  @Override
  public ClientDrill drill(Workspace workspace, ClientsRequest request, String client) {
    try (Connection connection = workspace.newConnection()) {
      ClientsQueries queries = new ClientsQueries(connection);
      queries.scope(request, List.of());
      return new ClientDrill(
          client,
          queries.slices(client, ClientsQueries.DrillDimension.FEATURE),
          queries.slices(client, ClientsQueries.DrillDimension.MODEL));
    } catch (SQLException e) {
      throw new WorkspaceException("Cannot drill into " + client + ": " + e.getMessage(), e);
    }
  }

  @Override
  public ClientMatching matching(Workspace workspace) {
    try (Connection connection = workspace.newConnection()) {
      return matching(workspace, new ClientsQueries(connection));
    } catch (SQLException e) {
      throw new WorkspaceException("Cannot match the clients: " + e.getMessage(), e);
    }
  }

  private ClientMatching matching(Workspace workspace, ClientsQueries queries) throws SQLException {
    List<String> usage = queries.usageClients();
    List<ClientMatch> matches =
        new ClientMatcher(usage, mapping.rules(workspace)).match(queries.revenueClients());
    List<String> revenueOnly =
        matches.stream()
            .filter(m -> !m.matched())
            .map(ClientMatch::revenueClient)
            .distinct()
            .toList();
    List<String> matched =
        matches.stream().filter(ClientMatch::matched).map(ClientMatch::client).toList();
    List<String> usageOnly = usage.stream().filter(c -> !matched.contains(c)).toList();
    return new ClientMatching(matches, revenueOnly, usageOnly);
  }

  private static BigDecimal sum(List<BigDecimal> values) {
    return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
