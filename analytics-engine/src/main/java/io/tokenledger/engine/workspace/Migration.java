package io.tokenledger.engine.workspace;

/**
 * One numbered schema change, kept as {@code migrations/V<NNN>__<name>.sql} beside this class.
 *
 * @param version the number; migrations run in ascending order, each once per workspace
 * @param name the file's name without version and extension
 */
public record Migration(int version, String name) {

  public String resourcePath() {
    return String.format(
        "/io/tokenledger/engine/workspace/migrations/V%03d__%s.sql", version, name);
  }
}
