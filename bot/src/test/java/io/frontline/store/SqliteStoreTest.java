package io.frontline.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on a SQLite file (the default database). */
class SqliteStoreTest extends StoreContractTest {

  @TempDir Path dir;

  private int databases;

  @Override
  protected String newDatabaseUrl() {
    // A folder that does not exist yet: opening creates it, as it does data/ on first start.
    return "jdbc:sqlite:" + dir.resolve(databases++ == 0 ? "data" : "data-" + databases).resolve("frontline.db");
  }
}
