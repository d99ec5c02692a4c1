package io.frontline.llm;

import io.frontline.knowledge.Article;
import io.frontline.knowledge.CatalogItem;
import io.frontline.knowledge.Discount;
import io.frontline.knowledge.Knowledge;
import io.frontline.knowledge.Partner;
import io.frontline.retrieval.Hit;
import io.frontline.retrieval.KnowledgeRetriever;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Knowledge entries as the model reads them: one compact card per entry, headed by its id, in the
 * client's language. Only what a search returned becomes a card (retrieval, not stuffing), and
 * each card is cut short so a turn stays within its token budget.
 */
final class KnowledgeCards {

  /** A card's body is cut after this many characters (the sample's articles have up to ~780): the token budget. */
  static final int MAX_BODY = 300;

  /** A card for the model: the id it must cite, and the text. */
  record Card(String id, Hit.Kind kind, String text) {}

  private final Knowledge knowledge;
  private final KnowledgeRetriever retriever;

  KnowledgeCards(Knowledge knowledge, KnowledgeRetriever retriever) {
    this.knowledge = knowledge;
    this.retriever = retriever;
  }

  /** The best {@code limit} entries for {@code query}, as cards; partners only when {@code partners}. */
  List<Card> search(String query, String language, int limit, boolean partnersOnly) {
    List<Card> out = new ArrayList<>();
    for (Hit h : retriever.search(query, language, partnersOnly ? 40 : limit * 2)) {
      if (out.size() >= limit) {
        break;
      }
      if (partnersOnly && h.kind() != Hit.Kind.PARTNER) {
        continue;
      }
      card(h.id(), language).ifPresent(out::add);
    }
    return out;
  }

  /** Cards for these ids first (what the deterministic core found), then the search's best. */
  List<Card> relevant(List<String> ids, String query, String language, int limit) {
    Set<String> seen = new LinkedHashSet<>();
    List<Card> out = new ArrayList<>();
    for (String id : ids) {
      if (out.size() < limit && seen.add(id)) {
        card(id, language).ifPresent(out::add);
      }
    }
    for (Card c : search(query, language, limit, false)) {
      if (out.size() < limit && seen.add(c.id())) {
        out.add(c);
      }
    }
    return out;
  }

  Optional<Card> card(String id, String lang) {
    String def = knowledge.defaultLanguage();
    Optional<CatalogItem> item = knowledge.catalog().item(id);
    if (item.isPresent()) {
      CatalogItem i = item.get();
      StringBuilder s = new StringBuilder();
      s.append('[').append(id).append("] ").append(i.name().in(lang, def)).append(": ")
          .append(plain(i.price().toPlainString())).append(' ').append(knowledge.catalog().currency())
          .append(" per ").append(i.unit().in(lang, def)).append(". ")
          .append(cut(i.description().in(lang, def), 160));
      if (!i.available()) {
        s.append(" NOT AVAILABLE now").append(i.backOn().map(d -> ", back on " + d).orElse(""));
        if (!i.alternatives().isEmpty()) {
          s.append("; alternatives: ").append(String.join(", ", i.alternatives()));
        }
        s.append('.');
      }
      for (Discount d : i.discounts()) {
        s.append(" Listed discount: ").append(d.text().in(lang, def));
      }
      return Optional.of(new Card(id, Hit.Kind.ITEM, s.toString()));
    }
    Optional<Partner> partner = knowledge.partner(id);
    if (partner.isPresent()) {
      Partner p = partner.get();
      String perk = p.perk().in(lang, def);
      return Optional.of(
          new Card(
              id,
              Hit.Kind.PARTNER,
              "[" + id + "] PARTNER " + p.name().in(lang, def) + ": " + cut(p.description().in(lang, def), 160)
                  + " Why we trust them: " + cut(p.why().in(lang, def), 160)
                  + " Contact: " + p.contact().in(lang, def)
                  + (perk.isBlank() ? "" : " Perk: " + perk)));
    }
    return knowledge.article(id).flatMap(a -> article(a, lang, def));
  }

  private static Optional<Card> article(Article a, String lang, String def) {
    Optional<Article.Text> t = a.in(lang).or(() -> a.in(def)).or(() -> a.byLanguage().values().stream().findFirst());
    return t.map(x -> new Card(a.id(), Hit.Kind.ARTICLE, "[" + a.id() + "] " + x.title() + ": " + cut(x.body(), MAX_BODY)));
  }

  static String render(List<Card> cards) {
    if (cards.isEmpty()) {
      return "(nothing found)";
    }
    StringBuilder s = new StringBuilder();
    for (Card c : cards) {
      s.append(c.text().replace('\n', ' ')).append('\n');
    }
    return s.toString().strip();
  }

  private static String plain(String number) {
    return number.endsWith(".00") ? number.substring(0, number.length() - 3) : number;
  }

  private static String cut(String text, int max) {
    String t = text.strip().replaceAll("\\s+", " ");
    if (t.length() <= max) {
      return t;
    }
    int space = t.lastIndexOf(' ', max);
    return t.substring(0, space > max / 2 ? space : max) + "…";
  }
}
