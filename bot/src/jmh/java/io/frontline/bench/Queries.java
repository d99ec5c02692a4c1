package io.frontline.bench;

import static io.frontline.bench.GeneratedKnowledge.ACTION_NOUNS;
import static io.frontline.bench.GeneratedKnowledge.ACTION_VERBS;
import static io.frontline.bench.GeneratedKnowledge.DISTRICTS;
import static io.frontline.bench.GeneratedKnowledge.SERVICES;
import static io.frontline.bench.GeneratedKnowledge.SUBJECTS;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The fixed client messages the decision benchmark cycles through: 200 of them, 50 per language
 * (en, ru, pl, hu), in a seeded shuffled order so that languages and kinds alternate. Per language:
 * 22 questions an article answers (some only half-specified, which makes the bot clarify), 7
 * catalog price questions, 7 requests for something a partner does, 5 out-of-scope requests, 4
 * courtesy messages and 5 that hand the chat to a person (complaint, refund, legal, ...).
 */
public final class Queries {

  /** One client message, with its language and what kind of request it is meant to be. */
  public record Query(String language, String kind, String text) {}

  public static final int SIZE = 200;

  private Queries() {}

  public static List<Query> all() {
    Random rnd = new Random(GeneratedKnowledge.SEED + 1);
    List<Query> out = new ArrayList<>();
    for (String lang : GeneratedKnowledge.LANGUAGES) {
      for (int i = 0; i < 22; i++) {
        int s = rnd.nextInt(SUBJECTS.size());
        int a = rnd.nextInt(ACTION_VERBS.size());
        out.add(new Query(lang, "article", article(lang, i % 6, s, a)));
      }
      for (int i = 0; i < 7; i++) {
        out.add(new Query(lang, "price", price(lang, i % 2, SUBJECTS.get(rnd.nextInt(25)).in(lang))));
      }
      for (int i = 0; i < 7; i++) {
        var svc = SERVICES.get(rnd.nextInt(SERVICES.size()));
        var district = DISTRICTS.get(rnd.nextInt(DISTRICTS.size()));
        out.add(new Query(lang, "partner", partner(lang, i % 3, svc[0].in(lang), svc[1].in(lang), district.in(lang))));
      }
      FIXED.get(lang).forEach(f -> out.add(new Query(lang, f[0], f[1])));
    }
    if (out.size() != SIZE) {
      throw new IllegalStateException("expected " + SIZE + " queries, made " + out.size());
    }
    Collections.shuffle(out, rnd);
    return List.copyOf(out);
  }

  /**
   * The same message with another pattern of upper- and lower-case letters: bit k of {@code
   * variant} flips the case of the k-th letter (of the first 30). Everything in the decision core
   * lower-cases before it reads (words, signals, Lucene, Lingua), so the decision is the same (only
   * fields that echo the client's text differ), but the text is a new one for anything that
   * remembers texts (a cache of language detections).
   * Variant 0 is the text itself. A text with k letters has 2^k variants, so short messages
   * ("Szia", "Hello!") repeat after a few rounds, as they do in real chats, while questions do not.
   */
  public static String variant(String text, long variant) {
    if (variant == 0) {
      return text;
    }
    StringBuilder sb = new StringBuilder(text.length());
    int letter = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetter(cp) && letter < 30) {
        if (((variant >>> letter) & 1) != 0) {
          cp = Character.isUpperCase(cp) ? Character.toLowerCase(cp) : Character.toUpperCase(cp);
        }
        letter++;
      }
      sb.appendCodePoint(cp);
    }
    return sb.toString();
  }

  private static String article(String lang, int form, int s, int a) {
    String sj = SUBJECTS.get(s).in(lang);
    String v = ACTION_VERBS.get(a).in(lang);
    String n = ACTION_NOUNS.get(a).in(lang);
    return switch (lang) {
      case "en" -> switch (form) {
        case 0 -> "How can I " + v + " my " + sj + "?";
        case 1 -> sj + " " + n + " please";
        case 2 -> "I want to " + v + " the " + sj;
        case 3 -> "Is " + n + " of the " + sj + " possible?";
        case 4 -> sj;
        default -> "need to " + v + " the " + sj + " tomorrow morning";
      };
      case "ru" -> switch (form) {
        case 0 -> "Как мне " + v + " " + sj + "?";
        case 1 -> n + " " + sj + " пожалуйста";
        case 2 -> "Хочу " + v + " " + sj;
        case 3 -> "Возможна ли " + n + ": " + sj + "?";
        case 4 -> sj;
        default -> "нужно " + v + " " + sj + " завтра утром";
      };
      case "pl" -> switch (form) {
        case 0 -> "Jak mogę " + v + " " + sj + "?";
        case 1 -> n + " " + sj + " proszę";
        case 2 -> "Chcę " + v + " " + sj;
        case 3 -> "Czy możliwa jest " + n + ": " + sj + "?";
        case 4 -> sj;
        default -> "trzeba " + v + " " + sj + " jutro rano";
      };
      default -> switch (form) {
        case 0 -> "Hogyan tudom " + v + ": " + sj + "?";
        case 1 -> sj + " " + n + " kérem";
        case 2 -> "Szeretném " + v + ": " + sj;
        case 3 -> "Lehetséges a " + n + "? " + sj;
        case 4 -> sj;
        default -> "holnap reggel kellene " + v + ": " + sj;
      };
    };
  }

  private static String price(String lang, int form, String item) {
    return switch (lang) {
      case "en" -> form == 0 ? "How much is the " + item + "?" : "What's the price of the " + item + " premium?";
      case "ru" -> form == 0 ? "Сколько стоит " + item + "?" : "Какая цена на " + item + " премиум?";
      case "pl" -> form == 0 ? "Ile kosztuje " + item + "?" : "Jaka jest cena: " + item + " premium?";
      default -> form == 0 ? "Mennyibe kerül a " + item + "?" : "Mi az ára: " + item + " prémium?";
    };
  }

  private static String partner(String lang, int form, String svc1, String svc2, String district) {
    return switch (lang) {
      case "en" -> switch (form) {
        case 0 -> "I need a " + svc2 + " in " + district;
        case 1 -> "Do you do " + svc1 + "?";
        default -> "looking for " + svc1;
      };
      case "ru" -> switch (form) {
        case 0 -> "Нужен " + svc2 + ", район " + district;
        case 1 -> "Вы делаете " + svc1 + "?";
        default -> "ищу " + svc1;
      };
      case "pl" -> switch (form) {
        case 0 -> "Potrzebuję: " + svc2 + ", " + district;
        case 1 -> "Czy robicie " + svc1 + "?";
        default -> "szukam: " + svc1;
      };
      default -> switch (form) {
        case 0 -> "Kellene " + svc2 + " itt: " + district;
        case 1 -> "Vállalnak ilyet: " + svc1 + "?";
        default -> "keresek: " + svc1;
      };
    };
  }

  /** Per language: 5 out of scope, 4 courtesy, 5 hand-over; {kind, text}. */
  private static final java.util.Map<String, List<String[]>> FIXED =
      java.util.Map.of(
          "en",
          List.of(
              q("out-of-scope", "Can you book me a hotel room in Paris for next weekend?"),
              q("out-of-scope", "What will the weather be like tomorrow?"),
              q("out-of-scope", "Do you sell tickets for the football match?"),
              q("out-of-scope", "Help me write an essay about medieval history"),
              q("out-of-scope", "How do I bake sourdough bread at home?"),
              q("courtesy", "Hello!"),
              q("courtesy", "Good morning"),
              q("courtesy", "Thanks a lot, that helps"),
              q("courtesy", "Are you a bot?"),
              q("handover", "I want to complain about the courier, he was very rude"),
              q("handover", "The bottle was broken when it arrived"),
              q("handover", "I want a full refund for my last order"),
              q("handover", "I need to speak to a manager right now"),
              q("handover", "We need a contract for our office, about 40 people")),
          "ru",
          List.of(
              q("out-of-scope", "Можете забронировать мне гостиницу в Париже на выходные?"),
              q("out-of-scope", "Какая погода будет завтра?"),
              q("out-of-scope", "Продаёте ли вы билеты на футбольный матч?"),
              q("out-of-scope", "Помогите написать сочинение по истории"),
              q("out-of-scope", "Как испечь хлеб на закваске дома?"),
              q("courtesy", "Здравствуйте!"),
              q("courtesy", "Добрый день"),
              q("courtesy", "Большое спасибо, помогли"),
              q("courtesy", "Вы бот?"),
              q("handover", "Хочу пожаловаться на курьера, он нахамил"),
              q("handover", "Привезли разбитую бутыль, что делать"),
              q("handover", "Верните деньги за последний заказ"),
              q("handover", "Позовите менеджера, пожалуйста"),
              q("handover", "Нужен договор на поставку воды для офиса")),
          "pl",
          List.of(
              q("out-of-scope", "Czy możecie zarezerwować mi hotel w Paryżu na weekend?"),
              q("out-of-scope", "Jaka będzie jutro pogoda?"),
              q("out-of-scope", "Czy sprzedajecie bilety na mecz piłkarski?"),
              q("out-of-scope", "Pomóż mi napisać wypracowanie z historii"),
              q("out-of-scope", "Jak upiec chleb na zakwasie w domu?"),
              q("courtesy", "Dzień dobry!"),
              q("courtesy", "Cześć"),
              q("courtesy", "Bardzo dziękuję, to pomogło"),
              q("courtesy", "Czy jesteś botem?"),
              q("handover", "Chcę złożyć reklamację, kurier był bardzo niegrzeczny"),
              q("handover", "Butla przyszła rozbita"),
              q("handover", "Proszę o zwrot pieniędzy za ostatnie zamówienie"),
              q("handover", "Chcę rozmawiać z kierownikiem"),
              q("handover", "Potrzebujemy umowy na dostawy wody do biura")),
          "hu",
          List.of(
              q("out-of-scope", "Tudnának nekem szállodát foglalni Párizsban hétvégére?"),
              q("out-of-scope", "Milyen idő lesz holnap?"),
              q("out-of-scope", "Árulnak jegyeket a focimeccsre?"),
              q("out-of-scope", "Segítsen megírni egy fogalmazást a történelemről"),
              q("out-of-scope", "Hogyan süssek kovászos kenyeret otthon?"),
              q("courtesy", "Jó napot kívánok!"),
              q("courtesy", "Szia"),
              q("courtesy", "Köszönöm szépen, ez segített"),
              q("courtesy", "Ön egy robot?"),
              q("handover", "Panaszt szeretnék tenni, a futár nagyon udvariatlan volt"),
              q("handover", "A ballon törötten érkezett"),
              q("handover", "Kérem vissza a pénzemet az utolsó rendelésért"),
              q("handover", "Egy vezetővel szeretnék beszélni"),
              q("handover", "Szerződést szeretnénk kötni irodai vízszállításra")));

  private static String[] q(String kind, String text) {
    return new String[] {kind, text};
  }
}
