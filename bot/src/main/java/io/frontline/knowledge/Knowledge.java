package io.frontline.knowledge;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Everything the company told the bot, loaded and validated. Immutable. */
public record Knowledge(
    Company company,
    Catalog catalog,
    List<Partner> partners,
    List<StaffMember> staff,
    List<KeyClient> keyClients,
    Optional<Integer> keyOrderQuantity,
    List<Article> articles,
    DeliverySchedule delivery,
    List<Suggestion> suggestions) {

  public Knowledge {
    suggestions = List.copyOf(suggestions);
    delivery = delivery == null ? DeliverySchedule.NONE : delivery;
    partners = List.copyOf(partners);
    staff = List.copyOf(staff);
    keyClients = List.copyOf(keyClients);
    articles = List.copyOf(articles);
  }

  /** Knowledge without a delivery schedule or suggestions: the bot takes no orders in the chat. */
  public Knowledge(
      Company company,
      Catalog catalog,
      List<Partner> partners,
      List<StaffMember> staff,
      List<KeyClient> keyClients,
      Optional<Integer> keyOrderQuantity,
      List<Article> articles) {
    this(company, catalog, partners, staff, keyClients, keyOrderQuantity, articles, DeliverySchedule.NONE, List.of());
  }

  public Optional<Partner> partner(String id) {
    return partners.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  public Optional<StaffMember> staffMember(String id) {
    return staff.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  public Optional<Article> article(String id) {
    return articles.stream().filter(a -> a.id().equals(id)).findFirst();
  }

  public Map<String, Article> articlesById() {
    return articles.stream().collect(Collectors.toMap(Article::id, Function.identity()));
  }

  public String defaultLanguage() {
    return company.defaultLanguage();
  }
}
