package io.frontline.stats;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What happened in front-line conversations over a period: the figures a company reviews weekly.
 *
 * @param resolvedByBot messages the bot answered itself (knowledge, courtesy, fixed prices)
 * @param unanswered requests the bot could not place (declined or clarified), most frequent first:
 *     what the knowledge is missing
 * @param medianFirstReply per person handed a chat, the median time until their first reply there
 *     (only people who replied; empty until staff replies are recorded)
 */
public record Report(
    Instant from,
    Instant to,
    int conversations,
    int messages,
    Map<String, Integer> byAction,
    int resolvedByBot,
    Map<String, Integer> referralsByPartner,
    Map<String, Integer> warmLeadsAccepted,
    Map<String, Integer> refusalsBySituation,
    Map<String, Integer> handoversByStaff,
    Map<String, java.time.Duration> medianFirstReply,
    Map<String, Integer> contactSources,
    List<Map.Entry<String, Integer>> unanswered) {}
