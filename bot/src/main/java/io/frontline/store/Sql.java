package io.frontline.store;

import io.frontline.conversation.ChatId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The little JDBC the stores need: bind parameters, run, map rows. Values travel as SQL types both databases share. */
final class Sql {

  /** One row to one value. */
  interface Row<T> {
    T map(ResultSet rs) throws SQLException;
  }

  private Sql() {}

  static int update(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, args);
      return ps.executeUpdate();
    }
  }

  /** Runs a query, or an {@code UPDATE ... RETURNING}, and maps every row. */
  static <T> List<T> query(Connection c, String sql, Row<T> row, Object... args) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, args);
      try (ResultSet rs = ps.executeQuery()) {
        List<T> out = new ArrayList<>();
        while (rs.next()) {
          out.add(row.map(rs));
        }
        return out;
      }
    }
  }

  static <T> Optional<T> queryOne(Connection c, String sql, Row<T> row, Object... args) throws SQLException {
    List<T> all = query(c, sql, row, args);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  /**
   * Binds in order: {@code Optional} is unwrapped, {@link Instant} becomes epoch milliseconds,
   * {@link ChatId} its number, {@code null} (or an empty Optional) SQL NULL.
   */
  static void bind(PreparedStatement ps, Object... args) throws SQLException {
    for (int i = 0; i < args.length; i++) {
      Object v = args[i] instanceof Optional<?> o ? o.orElse(null) : args[i];
      int at = i + 1;
      if (v == null) {
        ps.setNull(at, Types.NULL);
      } else if (v instanceof Instant t) {
        ps.setLong(at, t.toEpochMilli());
      } else if (v instanceof ChatId chat) {
        ps.setLong(at, chat.value());
      } else if (v instanceof Long n) {
        ps.setLong(at, n);
      } else if (v instanceof Integer n) {
        ps.setInt(at, n);
      } else if (v instanceof Boolean b) {
        ps.setBoolean(at, b);
      } else if (v instanceof String s) {
        ps.setString(at, s);
      } else {
        throw new IllegalArgumentException("cannot bind a " + v.getClass().getName());
      }
    }
  }

  static Optional<String> optionalString(ResultSet rs, String column) throws SQLException {
    return Optional.ofNullable(rs.getString(column));
  }

  static Optional<Long> optionalLong(ResultSet rs, String column) throws SQLException {
    long v = rs.getLong(column);
    return rs.wasNull() ? Optional.empty() : Optional.of(v);
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    return Instant.ofEpochMilli(rs.getLong(column));
  }
}
