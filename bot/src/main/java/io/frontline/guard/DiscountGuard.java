package io.frontline.guard;

import io.frontline.decision.Decision;
import io.frontline.knowledge.Knowledge;
import io.frontline.knowledge.LocalizedText;
import io.frontline.text.Sentences;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A reply may speak of a discount only to name one the knowledge lists (a catalog discount, a
 * partner's perk for our clients) or to say there is none. "Sure, I'll give you a discount on the
 * next order" carries no number for the price guard to catch, so the wording itself is checked:
 * every sentence with a discount word must contain a listed discount's text or a negation.
 */
public final class DiscountGuard implements ReplyGuard {

  public static final String NAME = "listed-discounts";

  /** Discount words in the languages the bot speaks, as stems. */
  private static final Pattern DISCOUNT =
      Pattern.compile(
          "(discount|% off|percent off|скидк|скидоч|знижк|rabat|zniżk|obniżk|upust|kedvezmény|engedmény|árengedmény|rabatt|preisnachlass|nachlass)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** "no discounts", "не даём скидок", "nie ma rabatu", "nincs kedvezmény", "kein Rabatt". */
  private static final Pattern NEGATION =
      Pattern.compile(
          "(?<![\\p{L}])(no|not|don't|can't|cannot|never|не|нет|ні|нема|немає|nie|nem|nincs|kein\\p{L}*|nicht)(?![\\p{L}])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private final List<String> listed = new ArrayList<>();
  /** The company's articles: what they say about discounts is the company's own word. */
  private final List<String> articles = new ArrayList<>();

  public DiscountGuard(Knowledge knowledge) {
    knowledge.catalog().items().forEach(i -> i.discounts().forEach(d -> add(d.text())));
    knowledge.partners().forEach(p -> add(p.perk()));
    // Titles and questions too: a clarifying question lists articles by title ("Do you have discounts?").
    knowledge.articles().forEach(
        a ->
            a.byLanguage().values().forEach(
                t -> {
                  articles.add(t.body().toLowerCase(Locale.ROOT));
                  articles.add(t.title().toLowerCase(Locale.ROOT));
                  t.questions().forEach(q -> articles.add(q.toLowerCase(Locale.ROOT)));
                }));
  }

  private void add(LocalizedText text) {
    text.byLanguage().values().stream()
        .map(t -> t.strip().toLowerCase(Locale.ROOT))
        .filter(t -> !t.isEmpty())
        .forEach(listed::add);
  }

  private boolean fromArticle(String quoted) {
    return !quoted.isEmpty() && articles.stream().anyMatch(a -> a.contains(quoted));
  }

  /**
   * A clarifying question lists the company's articles by title, joined by semicolons ("Manicure;
   * Discounts and promotions"): each title is the company's own word.
   */
  private boolean titlesFromArticles(String sentence) {
    if (sentence.indexOf(';') < 0) {
      return false;
    }
    for (String part : sentence.split(";")) {
      String p = part.strip().replaceAll("[.!?]+$", "");
      if (DISCOUNT.matcher(p).find() && !fromArticle(p)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public Verdict check(Decision decision) {
    for (String sentence : Sentences.of(decision.reply().toLowerCase(Locale.ROOT))) {
      // A listed discount's own text may say anything; the words around it must not promise another.
      String around = sentence;
      boolean namesListed = false;
      for (String text : listed) {
        if (around.contains(text)) {
          namesListed = true;
          around = around.replace(text, " ");
        }
      }
      // The search through every article comes last: most sentences speak of no discount at all.
      if (DISCOUNT.matcher(around).find() && !namesListed && !NEGATION.matcher(around).find()
          && !fromArticle(sentence.strip()) && !titlesFromArticles(sentence)) {
        return Verdict.reject(NAME, "promises a discount the knowledge does not list: \"" + sentence.strip() + "\"");
      }
    }
    return Verdict.PASS;
  }
}
