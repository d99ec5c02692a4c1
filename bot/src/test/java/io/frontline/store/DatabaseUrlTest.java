package io.frontline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatabaseUrlTest {

  @Test
  void withoutDatabaseUrlTheStoreIsASqliteFileInDataDir() {
    assertThat(DatabaseUrl.fromEnvironment(Map.of()).jdbcUrl())
        .isEqualTo("jdbc:sqlite:" + Path.of("data", "frontline.db"));
    assertThat(DatabaseUrl.fromEnvironment(Map.of("DATA_DIR", "/var/lib/frontline", "DATABASE_URL", " ")))
        .isEqualTo(new DatabaseUrl(Dialect.SQLITE, "jdbc:sqlite:/var/lib/frontline/frontline.db",
            Optional.empty(), Optional.empty()));
  }

  @Test
  void aHostingStylePostgresUrlBecomesJdbcWithItsCredentials() {
    DatabaseUrl url = DatabaseUrl.fromEnvironment(
        Map.of("DATABASE_URL", "postgres://bot:p%40ss:w0rd@db.internal:6543/frontline?sslmode=require"));

    assertThat(url).isEqualTo(new DatabaseUrl(Dialect.POSTGRESQL,
        "jdbc:postgresql://db.internal:6543/frontline?sslmode=require", Optional.of("bot"), Optional.of("p@ss:w0rd")));
    assertThat(url.toString()).isEqualTo("postgresql db.internal:6543/frontline as bot").doesNotContain("w0rd");
    assertThat(DatabaseUrl.parse("postgresql://db/frontline").jdbcUrl()).isEqualTo("jdbc:postgresql://db/frontline");
  }

  @Test
  void jdbcUrlsAreTakenAsTheyAre() {
    assertThat(DatabaseUrl.parse("jdbc:postgresql://db:5432/frontline?user=bot&password=secret"))
        .satisfies(u -> {
          assertThat(u.dialect()).isEqualTo(Dialect.POSTGRESQL);
          assertThat(u.jdbcUrl()).isEqualTo("jdbc:postgresql://db:5432/frontline?user=bot&password=secret");
          assertThat(u.toString()).doesNotContain("secret");
        });
    assertThat(DatabaseUrl.parse("jdbc:sqlite:/tmp/x.db?foreign_keys=on").dialect()).isEqualTo(Dialect.SQLITE);
    assertThat(DatabaseUrl.sqliteFile("jdbc:sqlite:file:/tmp/x.db?mode=rw")).isEqualTo("/tmp/x.db");
  }

  @Test
  void anythingElseIsRefusedWithoutQuotingTheUrl() {
    assertThatThrownBy(() -> DatabaseUrl.parse("mysql://root:secret@db/frontline"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'mysql:'")
        .hasMessageNotContaining("secret");
    assertThatThrownBy(() -> DatabaseUrl.parse("postgres://bot:sec ret@db/x"))
        .hasMessageNotContaining("sec ret");
    assertThatThrownBy(() -> DatabaseUrl.parse("postgres://bot@db"))
        .hasMessageContaining("without a database name");
    assertThatThrownBy(() -> DatabaseUrl.parse("jdbc:sqlite::memory:"))
        .hasMessageContaining("SQLite needs a file");
  }
}
