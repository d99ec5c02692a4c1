package io.frontline.retrieval;

import java.util.List;

/** Finds the knowledge entries that match a client's words. Implementations are thread-safe. */
public interface KnowledgeRetriever {

  /**
   * @param text what the client wrote (courtesy phrases already removed)
   * @param language the language it is written in
   * @param limit how many entries at most
   * @return entries, best first, at most one hit per entry
   */
  List<Hit> search(String text, String language, int limit);
}
