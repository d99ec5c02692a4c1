package io.frontline.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store contract on a real PostgreSQL server, started from the binaries io.zonky ships on Maven
 * Central (no Docker), on loopback, once for the class; each test gets a database of its own.
 */
class PostgresStoreTest extends StoreContractTest {

  private static final Logger LOG = LoggerFactory.getLogger(PostgresStoreTest.class);
  private static final AtomicInteger DATABASES = new AtomicInteger();

  private static EmbeddedPostgres server;

  @BeforeAll
  static void startServer() throws Exception {
    long started = System.nanoTime();
    server =
        EmbeddedPostgres.builder()
            // A throw-away server: durability would only slow the tests down.
            .setServerConfig("fsync", "off")
            .setServerConfig("full_page_writes", "off")
            .setServerConfig("synchronous_commit", "off")
            .start();
    LOG.warn("embedded PostgreSQL started in {} ms", (System.nanoTime() - started) / 1_000_000);
  }

  @AfterAll
  static void stopServer() throws Exception {
    if (server != null) {
      server.close();
    }
  }

  @Override
  protected String newDatabaseUrl() throws Exception {
    String name = "store_" + DATABASES.incrementAndGet();
    try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name + " STRATEGY FILE_COPY");
    }
    return "postgres://postgres:@localhost:" + server.getPort() + "/" + name;
  }
}
