package io.frontline.decision;

import io.frontline.knowledge.Article;
import io.frontline.knowledge.CatalogItem;
import io.frontline.knowledge.Discount;
import io.frontline.knowledge.Knowledge;
import io.frontline.knowledge.LocalizedText;
import io.frontline.knowledge.Partner;
import io.frontline.knowledge.StaffMember;
import io.frontline.wording.Phrasebook;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Writes replies from the bot's phrases and the knowledge. Every fact comes from a knowledge entry;
 * phrases only carry it. Text missing in the client's language falls back to the company's default.
 */
final class Replies {

  private final Knowledge knowledge;
  private final Phrasebook phrases;
  private final String fallback;

  Replies(Knowledge knowledge, Phrasebook phrases) {
    this.knowledge = knowledge;
    this.phrases = phrases;
    this.fallback = knowledge.defaultLanguage();
  }

  String say(String lang, String key, Map<String, String> args) {
    return phrases.say(lang, key, args);
  }

  String say(String lang, String key) {
    return phrases.say(lang, key);
  }

  String text(LocalizedText t, String lang) {
    return t.in(lang, fallback);
  }

  String company(String lang) {
    return text(knowledge.company().name(), lang);
  }

  String about(String lang) {
    return text(knowledge.company().about(), lang);
  }

  static String amount(BigDecimal price) {
    return price.stripTrailingZeros().toPlainString();
  }

  String priceLine(CatalogItem item, String lang) {
    return say(
        lang,
        "item_price",
        Map.of(
            "name", text(item.name(), lang),
            "price", amount(item.price()),
            "currency", knowledge.catalog().currency(),
            "unit", text(item.unit(), lang)));
  }

  /** An item: its fixed price, what it is, listed discounts; or honestly that it is not available. */
  String item(CatalogItem item, String lang, boolean withDescription) {
    List<String> parts = new ArrayList<>();
    parts.add(priceLine(item, lang));
    String description = text(item.description(), lang);
    if (withDescription && !description.isBlank()) {
      parts.add(description);
    }
    for (Discount d : item.discounts()) {
      parts.add(say(lang, "discount_listed", Map.of("discount", text(d.text(), lang))));
    }
    if (!item.available()) {
      parts.add(unavailable(item, lang));
    }
    return sentences(parts);
  }

  String unavailable(CatalogItem item, String lang) {
    List<String> parts = new ArrayList<>();
    parts.add(say(lang, "item_unavailable", Map.of("name", text(item.name(), lang))));
    item.backOn().ifPresent(d -> parts.add(say(lang, "item_back_on", Map.of("date", date(d, lang)))));
    List<String> options = new ArrayList<>();
    for (String alt : item.alternatives()) {
      knowledge.catalog().item(alt).filter(CatalogItem::available).ifPresent(a -> options.add(priceLine(a, lang)));
    }
    if (!options.isEmpty()) {
      parts.add(say(lang, "alternatives", Map.of("options", String.join(" ", options))));
    }
    return sentences(parts);
  }

  String article(Article article, String lang) {
    return articleText(article, lang).map(Article.Text::body).orElse("");
  }

  String articleTitle(Article article, String lang) {
    return articleText(article, lang).map(Article.Text::title).orElse(article.id());
  }

  String refer(Partner p, String lang) {
    List<String> parts = new ArrayList<>();
    parts.add(
        say(
            lang,
            "refer",
            Map.of("partner", text(p.name(), lang), "description", text(p.description(), lang))));
    parts.add(say(lang, "refer_why", Map.of("why", text(p.why(), lang))));
    parts.add(say(lang, "refer_contact", Map.of("contact", text(p.contact(), lang))));
    if (!p.perk().isEmpty()) {
      parts.add(text(p.perk(), lang));
    }
    parts.add(say(lang, "refer_close", Map.of("about", about(lang))));
    return sentences(parts);
  }

  /** Joins reply parts as sentences: a contact or a knowledge text may lack its full stop. */
  static String sentences(List<String> parts) {
    StringBuilder sb = new StringBuilder();
    for (String part : parts) {
      String p = part.strip();
      if (p.isEmpty()) {
        continue;
      }
      if (sb.length() > 0) {
        char last = sb.charAt(sb.length() - 1);
        if (Character.isLetterOrDigit(last)) {
          sb.append('.');
        }
        sb.append(' ');
      }
      sb.append(p);
    }
    return sb.toString();
  }

  String decline(String lang) {
    return say(lang, "decline", Map.of("about", about(lang))) + " " + say(lang, "decline_close");
  }

  String escalate(StaffRouter.Choice choice, String lang, LocalDateTime now) {
    StaffMember s = choice.staff();
    String name = text(s.name(), lang);
    String first = say(lang, "escalate", Map.of("staff", name, "role", text(s.role(), lang)));
    String when;
    if (choice.onDuty()) {
      when = say(lang, "escalate_soon", Map.of("staff", name, "minutes", "15"));
    } else {
      when = say(lang, "escalate_later", Map.of("staff", name, "when", when(choice.nextOnDuty(), now, lang)));
    }
    return first + " " + when;
  }

  /**
   * "Our opening hours: Monday–Friday 9:00–19:00; Saturday 10:00–15:00; Sunday closed. We're open
   * now, until 19:00." Days with the same hours are joined; the company's time zone decides "now".
   */
  String hours(String lang, LocalDateTime now) {
    io.frontline.knowledge.WorkingHours hours = knowledge.company().hours();
    List<String> groups = new ArrayList<>();
    java.time.DayOfWeek[] week = java.time.DayOfWeek.values();
    int i = 0;
    while (i < week.length) {
      List<io.frontline.knowledge.WorkingHours.Range> ranges = hours.days().getOrDefault(week[i], List.of());
      int j = i;
      while (j + 1 < week.length && hours.days().getOrDefault(week[j + 1], List.of()).equals(ranges)) {
        j++;
      }
      String days = weekday(week[i], lang) + (j > i ? "–" + weekday(week[j], lang) : "");
      groups.add(days + " " + times(ranges, lang));
      i = j + 1;
    }
    // The next two weeks' dates that differ from their weekday: "24.12 9:00–13:00; 25.12 closed".
    List<String> special = new ArrayList<>();
    hours.dates().forEach(
        (date, ranges) -> {
          if (!date.isBefore(now.toLocalDate()) && date.isBefore(now.toLocalDate().plusDays(15))) {
            special.add(date.format(DateTimeFormatter.ofPattern("dd.MM")) + " " + times(ranges, lang));
          }
        });
    String weekly = say(lang, "hours", Map.of("hours", String.join("; ", groups)));
    String dated = special.isEmpty() ? "" : " " + say(lang, "hours_dates", Map.of("dates", String.join("; ", special)));
    return (weekly + dated + " " + hoursNow(lang, now)).strip();
  }

  /** "We're open now, until 19:00." or "We're closed right now and open again tomorrow from 9:00." */
  String hoursNow(String lang, LocalDateTime now) {
    io.frontline.knowledge.WorkingHours hours = knowledge.company().hours();
    return hours.on(now.toLocalDate()).stream()
            .filter(r -> r.contains(now.toLocalTime()))
            .findFirst()
            .map(r -> say(lang, "open_now", Map.of("time", clock(r.to()))))
            .orElseGet(
                () ->
                    hours.nextOpening(now)
                        .map(next -> say(lang, "closed_now", Map.of("when", when(next, now, lang))))
                        .orElse(""));
  }

  /** "9:00–13:00, 14:00–18:00", or "closed" in the client's language. */
  private String times(List<io.frontline.knowledge.WorkingHours.Range> ranges, String lang) {
    return ranges.isEmpty()
        ? say(lang, "hours_closed")
        : ranges.stream().map(r -> clock(r.from()) + "–" + clock(r.to())).collect(java.util.stream.Collectors.joining(", "));
  }

  private String weekday(java.time.DayOfWeek d, String lang) {
    return say(lang, "weekday_" + d.name().substring(0, 3).toLowerCase(Locale.ROOT));
  }

  private static String clock(java.time.LocalTime t) {
    return t.format(DateTimeFormatter.ofPattern("H:mm"));
  }

  private String when(LocalDateTime next, LocalDateTime now, String lang) {
    String time = clock(next.toLocalTime());
    LocalDate day = next.toLocalDate();
    if (day.equals(now.toLocalDate())) {
      return say(lang, "when_today", Map.of("time", time));
    }
    if (day.equals(now.toLocalDate().plusDays(1))) {
      return say(lang, "when_tomorrow", Map.of("time", time));
    }
    return say(lang, "when_weekday", Map.of("day", weekday(next.getDayOfWeek(), lang), "time", time));
  }

  String date(LocalDate d, String lang) {
    return d.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.forLanguageTag(lang)));
  }

  /** "Tuesday 24.11, 16:00-20:00", with the weekday from the wording. */
  String slot(io.frontline.knowledge.DeliverySlot slot, String lang) {
    String weekday = weekday(slot.date().getDayOfWeek(), lang);
    return weekday + " " + slot.date().format(DateTimeFormatter.ofPattern("dd.MM")) + ", " + slot.hours();
  }

  String greeting(String lang, Optional<String> firstName, boolean full) {
    String name = firstName.filter(n -> !n.isBlank()).map(n -> ", " + n.strip()).orElse("");
    if (full) {
      return say(lang, "greeting", Map.of("name", name, "company", company(lang), "about", about(lang)));
    }
    return say(lang, "greeting_short", Map.of("name", name));
  }

  /** The article in the client's language, else in the nearest one the company wrote it in. */
  private java.util.Optional<Article.Text> articleText(Article article, String lang) {
    for (String l : io.frontline.knowledge.LanguageFallback.chain(lang, fallback)) {
      java.util.Optional<Article.Text> t = article.in(l);
      if (t.isPresent()) {
        return t;
      }
    }
    return java.util.Optional.empty();
  }
}
