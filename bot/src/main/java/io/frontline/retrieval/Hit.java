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
 */
public record Hit(
    Kind kind,
    String id,
    double score,
    double coverage,
    String language,
    int matched,
    int terms,
    int unknown) {

  public enum Kind {
    ITEM,
    ARTICLE,
    PARTNER
  }
}
