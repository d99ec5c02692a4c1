package io.frontline.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A minimal, valid knowledge folder written from a test, so each test can break exactly one thing.
 * Every file is kept as text; {@link #put} replaces a file, {@link #replace} edits one.
 */
public final class KnowledgeFixture {

  public static final String COMPANY =
      """
      id: testco
      name: TestCo
      about:
        en: "We deliver drinking water in 19 L bottles."
        ru: "Мы доставляем питьевую воду в бутылях по 19 л."
      languages: [en, ru]
      time_zone: Europe/Kyiv
      hours:
        mon-fri: "09:00-18:00"
        sat: "10:00-14:00"
        sun: closed
      value: "Every bottle is lab-tested."
      """;

  public static final String CATALOG =
      """
      currency: UAH
      items:
        - id: water-19l
          name: {en: "Drinking water, 19 L bottle", ru: "Питьевая вода, бутыль 19 л"}
          aliases:
            en: [big bottle, water refill]
            ru: [бутыль, вода 19 литров]
          price: 100
          unit: {en: bottle, ru: бутыль}
          available: true
          alternatives: [water-6l]
          partners: [cooler-service]
          discounts:
            - id: bulk-10
              min_quantity: 10
              price: 90
              text: {en: "from 10 bottles: 90 UAH per bottle"}
        - id: water-6l
          name: "Drinking water, 6 L bottle"
          price: 45
          unit: bottle
          available: false
          back_on: 2026-12-01
        - id: cooler
          name: "Floor water cooler"
          price: 1800
          unit: piece
      """;

  public static final String PARTNERS =
      """
      partners:
        - id: cooler-service
          name: CoolFix
          covers:
            en: [cooler repair, water dispenser repair]
            ru: [ремонт кулера]
          description: "Repairs water coolers of any brand."
          why: "We have sent our own coolers to them for six years."
          contact: "@coolfix_test on Telegram, +380 31 261 0000"
          telegram_chat_id: -1001234567890
          perk: "Our clients get 10% off the first repair."
          trust: high
          languages: [en, ru]
        - id: filters
          name: FilterPro
          covers: [water filter installation]
          description: "Installs water filters."
          why: "Reliable for years."
          contact: "+380 31 000 0000"
      """;

  public static final String STAFF =
      """
      staff:
        - id: anna
          name: {en: Anna, ru: Анна}
          role: {en: customer care, ru: служба заботы о клиентах}
          telegram_user_id: 100000001
          username: "@anna_test"
          topics: [complaint, refund, delivery-problem, legal, general]
          languages: [en, ru]
          hours:
            mon-fri: "09:00-18:00"
          backup: oleh
        - id: oleh
          name: Oleh
          role: sales
          telegram_user_id: 100000002
          topics: [corporate, orders, equipment, billing]
          languages: [en]
      """;

  public static final String CLIENTS =
      """
      key_clients:
        - telegram_user_id: 200000001
          name: Hotel Palace
          account_manager: oleh
        - username: "@bigoffice"
          name: Big Office
          account_manager: anna
      key_order_quantity: 50
      """;

  public static final String ARTICLE_EN =
      """
      ---
      id: delivery-zones
      language: en
      title: Where do you deliver?
      questions:
        - Do you deliver to Horiany?
        - What is your delivery area?
      tags: [delivery]
      ---
      We deliver in the city and villages within 15 km. A bottle costs 100 UAH with delivery.
      """;

  public static final String ARTICLE_RU =
      """
      ---
      id: delivery-zones
      language: ru
      title: Куда вы доставляете?
      questions: ["Доставляете в Горяны?"]
      ---
      Доставляем по городу и в сёла в радиусе 15 км. Бутыль стоит 100 грн с доставкой.
      """;

  private final Path root;
  private final Map<String, String> files = new LinkedHashMap<>();

  private KnowledgeFixture(Path root) {
    this.root = root;
    files.put("company.yaml", COMPANY);
    files.put("catalog.yaml", CATALOG);
    files.put("partners.yaml", PARTNERS);
    files.put("staff.yaml", STAFF);
    files.put("clients.yaml", CLIENTS);
    files.put("articles/delivery-zones.en.md", ARTICLE_EN);
    files.put("articles/delivery-zones.ru.md", ARTICLE_RU);
  }

  /** A valid folder at {@code parent/knowledge} (not yet written). */
  public static KnowledgeFixture in(Path parent) {
    return new KnowledgeFixture(parent.resolve("knowledge"));
  }

  /** Writes the minimal valid folder to {@code parent/knowledge} and returns it. */
  public static Path writeMinimal(Path parent) {
    return in(parent).write();
  }

  public KnowledgeFixture put(String relative, String content) {
    files.put(relative, content);
    return this;
  }

  public KnowledgeFixture remove(String relative) {
    files.remove(relative);
    return this;
  }

  /** Replaces the one occurrence of {@code from} in a file; fails when it is not there once. */
  public KnowledgeFixture replace(String relative, String from, String to) {
    String text = files.get(relative);
    if (text == null) {
      throw new IllegalArgumentException("no file " + relative);
    }
    int at = text.indexOf(from);
    if (at < 0 || text.indexOf(from, at + 1) >= 0) {
      throw new IllegalArgumentException("'" + from + "' is not in " + relative + " exactly once");
    }
    files.put(relative, text.replace(from, to));
    return this;
  }

  public String text(String relative) {
    return files.get(relative);
  }

  public Path root() {
    return root;
  }

  public Path write() {
    try {
      for (Map.Entry<String, String> e : files.entrySet()) {
        Path p = root.resolve(e.getKey());
        Files.createDirectories(p.getParent());
        Files.writeString(p, e.getValue(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return root;
  }

  public LoadResult load() {
    return KnowledgeLoader.load(write());
  }

  /** The 1-based line of the first line of {@code relative} containing {@code needle}. */
  public int lineOf(String relative, String needle) {
    String[] lines = files.get(relative).split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains(needle)) {
        return i + 1;
      }
    }
    throw new IllegalArgumentException("'" + needle + "' is not in " + relative);
  }
}
