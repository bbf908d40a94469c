package io.tokenledger.engine.clients;

import java.util.List;

/** Where one client's spend goes: by feature and by model, largest first. */
public record ClientDrill(String client, List<ClientSlice> features, List<ClientSlice> models) {

  public ClientDrill {
    features = List.copyOf(features);
    models = List.copyOf(models);
  }
}
