/**
 * Staying in touch: clients who opted in ({@code /subscribe}) get the news staff write with
 * {@code /news}, in their language when the news has a translation. {@link NewsText} reads what
 * staff typed; {@link NewsDesk} is the staff command (draft, preview, send, cancel) on the staff
 * workspace's {@link io.frontline.handoff.StaffCommand} seam. Delivery is the outbox's: one row per
 * subscriber keyed {@code news:<id>:<chat>}, sent within Telegram's limits by the outbox sender.
 */
package io.frontline.news;
