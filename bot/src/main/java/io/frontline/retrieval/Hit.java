package io.frontline.retrieval;

/**
 * One knowledge entry that matches a client's words.
 *
 * @param coverage the share of the query's meaning the entry covers, 0 to 1: the IDF-weighted
 *     fraction of query terms found in the entry. Unlike a BM25 score it is comparable across
 *     queries, so the decision core can put thresholds on it.
 * @param language the language of the entry's text that matched
 * @param matched how many of the query's terms the entry contains
 * @param terms how many terms the query has
 * @param unknown how many of the query's terms appear nowhere in the knowledge
 * @param matchedHead how many of the query's weighed terms are in what the entry is about (an
 *     item's name or aliases, an article's title, questions or tags, a partner's trades), not
 *     only in its body
 */
public record Hit(
    Kind kind,
    String id,
    double score,
    double coverage,
    String language,
    int matched,
    int terms,
    int unknown,
    int matchedHead) {

  public enum Kind {
    ITEM,
    ARTICLE,
    PARTNER
  }
}
