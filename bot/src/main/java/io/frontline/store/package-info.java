/**
 * Persistence: the journal of Telegram updates, conversation state, the transcript, decisions,
 * clients and the outbox, on a SQLite file by default or on PostgreSQL. {@link
 * io.frontline.store.Database} opens the database, migrates its schema (Flyway; the SQL in
 * {@code db/migration} is the same for both) and hands out the stores; the stores' implementations
 * are package-private.
 */
package io.frontline.store;
