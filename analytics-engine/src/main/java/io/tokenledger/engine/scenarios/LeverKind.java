package io.tokenledger.engine.scenarios;

/**
 * The kinds of lever, in the order a scenario applies them. Growth comes first (how much work there
 * will be), then what runs it (routing), how it is sent (caching, batch), and last what the
 * provider charges (price changes): so a price cut applies to the routed model, and the saving of
 * routing is measured on the grown volume. Within a kind, levers apply in the order the user added
 * them. The order is what makes the saving per lever well defined: each lever's saving is the cost
 * before it minus the cost after it, so the savings add up to the total saving exactly.
 */
public enum LeverKind {
  GROWTH("grow"),
  ROUTE("route"),
  CACHE("cache"),
  BATCH("batch"),
  PRICE("price");

  private final String id;

  LeverKind(String id) {
    this.id = id;
  }

  /** The word of the command line and the stored lever: {@code route}, {@code cache}, ... */
  public String id() {
    return id;
  }

  public static LeverKind byId(String id) {
    for (LeverKind kind : values()) {
      if (kind.id.equalsIgnoreCase(id.strip())) {
        return kind;
      }
    }
    throw new IllegalArgumentException(
        "Unknown lever '" + id + "': use grow, route, cache, batch or price");
  }
}
