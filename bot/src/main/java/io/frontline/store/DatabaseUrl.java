package io.frontline.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where the store lives, parsed from what an operator writes: {@code jdbc:sqlite:FILE},
 * {@code jdbc:postgresql://...}, or the {@code postgres://user:pass@host:port/db} form that hosting
 * services put in {@code DATABASE_URL}. {@link #toString} never shows the password.
 */
record DatabaseUrl(Dialect dialect, String jdbcUrl, Optional<String> user, Optional<String> password) {

  static final String DEFAULT_DATA_DIR = "data";
  static final String FILE_NAME = "frontline.db";

  /** {@code DATABASE_URL} when it is set, else a SQLite file in {@code DATA_DIR} (default data/). */
  static DatabaseUrl fromEnvironment(Map<String, String> env) {
    String url = env.get("DATABASE_URL");
    if (url != null && !url.isBlank()) {
      return parse(url);
    }
    String dir = env.getOrDefault("DATA_DIR", "");
    Path file = Path.of(dir.isBlank() ? DEFAULT_DATA_DIR : dir).resolve(FILE_NAME);
    return parse("jdbc:sqlite:" + file);
  }

  static DatabaseUrl parse(String url) {
    String u = url.strip();
    if (u.startsWith("jdbc:sqlite:")) {
      String file = sqliteFile(u);
      if (file.isEmpty() || file.contains(":memory:") || u.contains("mode=memory")) {
        throw new IllegalArgumentException(
            "database url: SQLite needs a file (jdbc:sqlite:data/frontline.db); an in-memory "
                + "database would be lost on restart and is not shared between connections");
      }
      return new DatabaseUrl(Dialect.SQLITE, u, Optional.empty(), Optional.empty());
    }
    if (u.startsWith("jdbc:postgresql:")) {
      return new DatabaseUrl(Dialect.POSTGRESQL, u, Optional.empty(), Optional.empty());
    }
    if (u.startsWith("postgres://") || u.startsWith("postgresql://")) {
      return fromPostgresUri(u);
    }
    int colon = u.indexOf(':');
    throw new IllegalArgumentException(
        "database url: expected jdbc:sqlite:FILE, jdbc:postgresql://HOST/DB or "
            + "postgres://USER:PASSWORD@HOST:PORT/DB, got one starting with '"
            + (colon < 0 ? "(no scheme)" : u.substring(0, colon + 1)) + "'");
  }

  /** The file part of a {@code jdbc:sqlite:} url (without any {@code ?options}). */
  static String sqliteFile(String jdbcUrl) {
    String rest = jdbcUrl.substring("jdbc:sqlite:".length());
    int q = rest.indexOf('?');
    rest = q < 0 ? rest : rest.substring(0, q);
    return rest.startsWith("file:") ? rest.substring("file:".length()) : rest;
  }

  private static DatabaseUrl fromPostgresUri(String u) {
    URI uri;
    try {
      uri = new URI(u);
    } catch (URISyntaxException e) {
      // The message would quote the url, password included.
      throw new IllegalArgumentException(
          "database url: not a valid postgres://USER:PASSWORD@HOST:PORT/DB url (" + e.getReason() + ")");
    }
    if (uri.getHost() == null) {
      throw new IllegalArgumentException("database url: postgres:// url without a host");
    }
    String db = uri.getRawPath() == null ? "" : uri.getRawPath().replaceFirst("^/", "");
    if (db.isEmpty()) {
      throw new IllegalArgumentException("database url: postgres:// url without a database name");
    }
    StringBuilder jdbc = new StringBuilder("jdbc:postgresql://").append(uri.getHost());
    if (uri.getPort() > 0) {
      jdbc.append(':').append(uri.getPort());
    }
    jdbc.append('/').append(db);
    if (uri.getRawQuery() != null) {
      jdbc.append('?').append(uri.getRawQuery());
    }
    Optional<String> user = Optional.empty();
    Optional<String> password = Optional.empty();
    String info = uri.getRawUserInfo();
    if (info != null && !info.isEmpty()) {
      int colon = info.indexOf(':');
      user = Optional.of(decode(colon < 0 ? info : info.substring(0, colon)));
      password = colon < 0 ? Optional.empty() : Optional.of(decode(info.substring(colon + 1)));
    }
    return new DatabaseUrl(Dialect.POSTGRESQL, jdbc.toString(), user, password);
  }

  private static String decode(String s) {
    return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  /** For logs: the database, never the password (which a jdbc url may also carry). */
  @Override
  public String toString() {
    if (dialect == Dialect.SQLITE) {
      return "sqlite " + sqliteFile(jdbcUrl);
    }
    String noQuery = jdbcUrl.contains("?") ? jdbcUrl.substring(0, jdbcUrl.indexOf('?')) : jdbcUrl;
    return "postgresql " + noQuery.substring("jdbc:postgresql:".length()).replaceFirst("^//", "")
        + user.map(x -> " as " + x).orElse("");
  }
}
