package io.frontline.relationship;

import java.time.Instant;
import java.util.Optional;

/**
 * What became of a suggestion made to this client.
 *
 * @param accepted empty while unanswered; true for yes, false for no (a "no" is never asked again)
 */
public record SuggestionAnswer(String suggestion, Instant offeredAt, Optional<Boolean> accepted) {}
