package io.frontline.guard;

import io.frontline.decision.Action;
import io.frontline.decision.Decision;
import io.frontline.knowledge.Article;
import io.frontline.knowledge.Catalog;
import io.frontline.knowledge.CatalogItem;
import io.frontline.knowledge.Company;
import io.frontline.knowledge.Discount;
import io.frontline.knowledge.Knowledge;
import io.frontline.knowledge.LocalizedList;
import io.frontline.knowledge.LocalizedText;
import io.frontline.knowledge.Partner;
import io.frontline.knowledge.StaffMember;
import io.frontline.knowledge.WorkingHours;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Knowledge records built in code, so each guard test states exactly what the company listed. */
final class GuardFixtures {

  static final String COOLFIX_CONTACT_EN = "@coolfix_uzh on Telegram or call our friends at CoolFix: +380 31 261 0000";
  static final String COOLFIX_CONTACT_RU = "@coolfix_uzh в Telegram или позвоните нам в CoolFix: +380 31 261 0000";

  private GuardFixtures() {}

  static LocalizedText en(String text) {
    return LocalizedText.of("en", text);
  }

  static CatalogItem item(String id, String price, Discount... discounts) {
    return new CatalogItem(
        id,
        en(id),
        LocalizedList.EMPTY,
        LocalizedText.EMPTY,
        new BigDecimal(price),
        en("piece"),
        true,
        Optional.empty(),
        List.of(),
        List.of(),
        List.of(discounts));
  }

  static Discount discount(String id, int min, String price, String text) {
    return new Discount(id, min, new BigDecimal(price), en(text));
  }

  static Partner partner(String id, LocalizedText contact, LocalizedText perk) {
    return new Partner(
        id,
        en(id),
        new LocalizedList(Map.of("en", List.of(id))),
        en("A partner."),
        en("We trust them."),
        contact,
        Optional.empty(),
        perk,
        Partner.Trust.HIGH,
        List.of("en"));
  }

  static Article article(String id, String body) {
    return new Article(id, Map.of("en", new Article.Text("en", id, List.of(), List.of(), body)));
  }

  static Knowledge knowledge(List<CatalogItem> items, List<Partner> partners, List<Article> articles) {
    Company company =
        new Company(
            "aquavita",
            en("AquaVita"),
            en("We deliver drinking water."),
            List.of("en", "ru", "uk", "pl", "hu", "de"),
            ZoneId.of("Europe/Kyiv"),
            WorkingHours.ALWAYS,
            LocalizedText.EMPTY,
            LocalizedText.EMPTY,
            List.of());
    StaffMember anna =
        new StaffMember(
            "anna", en("Anna"), en("customer care"), 1L, Optional.empty(), List.of("general"), List.of("en"),
            WorkingHours.ALWAYS, Optional.empty());
    return new Knowledge(
        company, new Catalog("UAH", items), partners, List.of(anna), List.of(), Optional.empty(), articles);
  }

  /**
   * AquaVita in short: water 100 (90 from 10 bottles), mineral 120, cooler 1800, pump 45.50; CoolFix
   * (10% off the first repair, contact with words that would bounce if they were ours) and
   * FilterPro (50 UAH off installation).
   */
  static Knowledge aquaVita() {
    return knowledge(
        List.of(
            item("water-19l", "100", discount("bulk-10", 10, "90", "from 10 bottles: 90 UAH per bottle")),
            item("water-19l-mineral", "120"),
            item("cooler", "1800"),
            item("pump", "45.50")),
        List.of(
            partner(
                "cooler-service",
                new LocalizedText(Map.of("en", COOLFIX_CONTACT_EN, "ru", COOLFIX_CONTACT_RU)),
                en("AquaVita clients get 10% off the first repair.")),
            partner("filters", en("Call our friends at FilterPro: +380 31 000 0000"), en("50 UAH off the installation"))),
        List.of(article("bottle-deposit", "The deposit for a bottle is refunded in full; 5 % of bottles are recycled.")));
  }

  static Decision decision(Action action, String language, String reply) {
    return new Decision(action, reply, language, List.of(), Optional.empty(), Optional.empty(), Optional.empty(), "test");
  }

  static Decision answer(String language, String reply) {
    return decision(Action.ANSWER, language, reply);
  }

  static Decision refer(String partner, String language, String reply) {
    return new Decision(
        Action.REFER, reply, language, List.of(partner), Optional.of(partner), Optional.empty(), Optional.empty(), "test");
  }
}
