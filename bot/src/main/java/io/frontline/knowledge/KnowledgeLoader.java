package io.frontline.knowledge;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import io.frontline.text.MoneyAmounts;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a knowledge folder (format: knowledge/README.md) and reports every problem with its file,
 * line and field. Never throws for bad content: a broken file becomes problems, not a stack trace.
 */
public final class KnowledgeLoader {

  /** Topics the decision core routes hand-overs by; each should have a person. */
  public static final List<String> TOPICS =
      List.of(
          "complaint",
          "refund",
          "delivery-problem",
          "legal",
          "corporate",
          "orders",
          "equipment",
          "billing",
          "general");

  private final Path root;
  private final List<Problem> problems = new ArrayList<>();
  private final List<Reference> references = new ArrayList<>();
  private final Map<String, Set<String>> ids = new LinkedHashMap<>();

  private record Reference(String file, int line, String field, String kind, String id) {}

  private KnowledgeLoader(Path root) {
    this.root = root;
  }

  private static final Set<String> ISO_LANGUAGES = Set.of(java.util.Locale.getISOLanguages());

  /** Country codes people write for a language: Ukraine is UA, its language uk. */
  private static final java.util.Map<String, String> COUNTRY_NOT_LANGUAGE =
      java.util.Map.of(
          "ua", "uk", "cz", "cs", "gr", "el", "dk", "da", "se", "sv", "jp", "ja", "cn", "zh", "kz", "kk", "ge", "ka", "by", "be");

  public static LoadResult load(Path dir) {
    return new KnowledgeLoader(dir).run();
  }

  private LoadResult run() {
    if (!Files.isDirectory(root)) {
      problems.add(Problem.error(root.toString(), 1, "", "no such knowledge folder"));
      return new LoadResult(Optional.empty(), problems);
    }
    // company.yaml itself is written in the default language, so learn it before reading the file.
    String defaultLanguage =
        read("company.yaml", false, "en", new ArrayList<>())
            .flatMap(s -> s.strings("/languages").stream().findFirst())
            .orElse("en");
    Optional<YamlSource> companySrc = read("company.yaml", true, defaultLanguage);
    Company company = companySrc.map(s -> company(s)).orElse(null);
    List<Partner> partners =
        read("partners.yaml", true, defaultLanguage).map(this::partners).orElse(List.of());
    Catalog catalog =
        read("catalog.yaml", true, defaultLanguage)
            .map(this::catalog)
            .orElse(new Catalog("", List.of()));
    List<StaffMember> staff =
        read("staff.yaml", true, defaultLanguage).map(this::staff).orElse(List.of());
    Optional<YamlSource> clientsSrc = read("clients.yaml", false, defaultLanguage);
    List<KeyClient> keyClients = clientsSrc.map(this::keyClients).orElse(List.of());
    Optional<Integer> keyQuantity =
        clientsSrc.flatMap(s -> s.number("/key_order_quantity", false)).map(BigDecimal::intValue);
    DeliverySchedule delivery =
        read("delivery.yaml", false, defaultLanguage).map(this::delivery).orElse(DeliverySchedule.NONE);
    List<Suggestion> suggestions =
        read("suggestions.yaml", false, defaultLanguage).map(this::suggestions).orElse(List.of());
    List<ArticleFiles.Located> texts =
        ArticleFiles.read(root, root.resolve("articles"), defaultLanguage, problems);
    List<Article> articles = ArticleFiles.group(texts, defaultLanguage, problems);
    if (articles.isEmpty()) {
      problems.add(
          Problem.warning(
              rel(root.resolve("articles")), 1, "", "no articles: the bot can only quote the catalog"));
    }

    checkReferences();
    checkTopics(staff);
    checkArticlePrices(texts, catalog);
    if (company != null) {
      checkTranslations(company, catalog, articles);
    }
    if (company == null) {
      return new LoadResult(Optional.empty(), problems);
    }
    Knowledge knowledge =
        new Knowledge(
            company, catalog, partners, staff, keyClients, keyQuantity, articles, delivery, suggestions);
    return new LoadResult(Optional.of(knowledge), problems);
  }

  private Optional<YamlSource> read(String name, boolean required, String defaultLanguage) {
    return read(name, required, defaultLanguage, problems);
  }

  private Optional<YamlSource> read(
      String name, boolean required, String defaultLanguage, List<Problem> problems) {
    Path path = root.resolve(name);
    try {
      String text = Files.readString(path, StandardCharsets.UTF_8);
      return Optional.of(YamlSource.parse(rel(path), text, 0, problems, defaultLanguage));
    } catch (NoSuchFileException e) {
      if (required) {
        problems.add(Problem.error(rel(path), 1, "", "file is missing"));
      }
    } catch (IOException e) {
      problems.add(Problem.error(rel(path), 1, "", "cannot read: " + e.getMessage()));
    }
    return Optional.empty();
  }

  private Company company(YamlSource s) {
    String id = s.slug("/id").orElse("company");
    LocalizedText name = s.text("/name", true);
    LocalizedText about = s.text("/about", true);
    List<String> languages = s.strings("/languages");
    if (languages.isEmpty()) {
      s.error("/languages", "list at least one language, the default first");
      languages = List.of("en");
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < languages.size(); i++) {
      String lang = languages.get(i);
      if (!lang.matches("[a-z]{2}")) {
        s.error("/languages/" + i, "'" + lang + "' is not a two-letter language code");
      } else if (!ISO_LANGUAGES.contains(lang)) {
        s.error(
            "/languages/" + i,
            Optional.ofNullable(COUNTRY_NOT_LANGUAGE.get(lang))
                .map(l -> "'" + lang + "' is a country, not a language: write '" + l + "'")
                .orElse("'" + lang + "' is not an ISO 639-1 language code (en, uk, pl, de …)"));
      }
      if (!seen.add(lang)) {
        s.error("/languages/" + i, "'" + lang + "' is listed twice");
      }
    }
    ZoneId zone = ZoneId.of("UTC");
    Optional<String> tz = s.string("/time_zone", true);
    if (tz.isPresent()) {
      try {
        zone = ZoneId.of(tz.get());
      } catch (DateTimeException e) {
        s.error("/time_zone", "'" + tz.get() + "' is not a time zone such as Europe/Kyiv");
      }
    }
    WorkingHours hours = HoursParser.parse(s, "/hours", WorkingHours.ALWAYS);
    return new Company(
        id,
        name,
        about,
        languages,
        zone,
        hours,
        s.text("/area", false),
        s.text("/value", false),
        ownContacts(s));
  }

  /** Phone numbers, e-mails or handles of the company's own: each must be findable in a text as written. */
  private static List<String> ownContacts(YamlSource s) {
    List<String> contacts = s.strings("/own_contacts");
    for (int i = 0; i < contacts.size(); i++) {
      if (contacts.get(i).codePoints().filter(Character::isLetterOrDigit).count() < 5) {
        s.error("/own_contacts/" + i, "'" + contacts.get(i) + "' is too short to be a phone, an e-mail or a handle");
      }
    }
    return contacts;
  }

  private Catalog catalog(YamlSource s) {
    String currency = s.string("/currency", true).orElse("");
    List<CatalogItem> items = new ArrayList<>();
    for (String at : s.elements("/items", true)) {
      Optional<String> id = s.slug(at + "/id");
      LocalizedText name = s.text(at + "/name", true);
      Optional<BigDecimal> price = s.number(at + "/price", true);
      LocalizedText unit = s.text(at + "/unit", true);
      boolean available = s.at(at + "/available").asBoolean(true);
      if (!s.at(at + "/available").isMissingNode() && !s.at(at + "/available").isBoolean()) {
        s.error(at + "/available", "must be true or false");
      }
      Optional<LocalDate> backOn = Optional.empty();
      Optional<String> back = s.string(at + "/back_on", false);
      if (back.isPresent()) {
        try {
          backOn = Optional.of(LocalDate.parse(back.get()));
        } catch (DateTimeException e) {
          s.error(at + "/back_on", "'" + back.get() + "' is not a date like 2026-12-01");
        }
      }
      List<String> alternatives = s.strings(at + "/alternatives");
      for (int i = 0; i < alternatives.size(); i++) {
        refer(s, at + "/alternatives/" + i, "catalog item", alternatives.get(i));
      }
      List<String> partnerIds = s.strings(at + "/partners");
      for (int i = 0; i < partnerIds.size(); i++) {
        refer(s, at + "/partners/" + i, "partner", partnerIds.get(i));
      }
      List<Discount> discounts = new ArrayList<>();
      for (String d : s.elements(at + "/discounts", false)) {
        Optional<String> did = s.slug(d + "/id");
        Optional<BigDecimal> min = s.number(d + "/min_quantity", true);
        Optional<BigDecimal> dprice = s.number(d + "/price", true);
        LocalizedText text = s.text(d + "/text", true);
        if (dprice.isPresent() && price.isPresent() && dprice.get().compareTo(price.get()) >= 0) {
          s.error(d + "/price", "a discount price must be lower than the item price");
        }
        if (did.isPresent() && min.isPresent() && dprice.isPresent()) {
          discounts.add(new Discount(did.get(), min.get().intValue(), dprice.get(), text));
        }
      }
      if (id.isPresent()) {
        declare(s, at + "/id", "catalog item", id.get());
        items.add(
            new CatalogItem(
                id.get(),
                name,
                s.list(at + "/aliases"),
                s.text(at + "/description", false),
                price.orElse(BigDecimal.ZERO),
                unit,
                available,
                backOn,
                alternatives,
                partnerIds,
                discounts));
      }
    }
    return new Catalog(currency, items);
  }

  private List<Partner> partners(YamlSource s) {
    List<Partner> out = new ArrayList<>();
    for (String at : s.elements("/partners", true)) {
      Optional<String> id = s.slug(at + "/id");
      LocalizedText name = s.text(at + "/name", true);
      LocalizedList covers = s.list(at + "/covers");
      if (covers.languages().isEmpty()) {
        s.error(at + "/covers", "say what the partner covers, so the bot can match requests");
      }
      LocalizedText why = s.text(at + "/why", true);
      LocalizedText contact = s.text(at + "/contact", true);
      // Group and channel chat ids are negative, so this is not read as an amount.
      Optional<Long> chat = Optional.empty();
      if (s.at(at + "/telegram_chat_id").isIntegralNumber()) {
        chat = Optional.of(s.at(at + "/telegram_chat_id").longValue());
      } else if (!s.at(at + "/telegram_chat_id").isMissingNode()) {
        s.error(at + "/telegram_chat_id", "must be a Telegram chat id (a whole number)");
      }
      String trustText = s.string(at + "/trust", false).orElse("normal");
      Partner.Trust trust = Partner.Trust.NORMAL;
      try {
        trust = Partner.Trust.valueOf(trustText.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        s.error(at + "/trust", "must be high or normal, not '" + trustText + "'");
      }
      if (id.isPresent()) {
        declare(s, at + "/id", "partner", id.get());
        out.add(
            new Partner(
                id.get(),
                name,
                covers,
                s.text(at + "/description", true),
                why,
                contact,
                chat,
                s.text(at + "/perk", false),
                trust,
                s.strings(at + "/languages")));
      }
    }
    return out;
  }

  private List<StaffMember> staff(YamlSource s) {
    List<StaffMember> out = new ArrayList<>();
    Set<Long> userIds = new HashSet<>();
    for (String at : s.elements("/staff", true)) {
      Optional<String> id = s.slug(at + "/id");
      LocalizedText name = s.text(at + "/name", true);
      LocalizedText role = s.text(at + "/role", true);
      Optional<BigDecimal> userId = s.number(at + "/telegram_user_id", true);
      if (userId.isPresent() && !userIds.add(userId.get().longValue())) {
        s.error(at + "/telegram_user_id", "two staff members have the same Telegram user id");
      }
      List<String> topics = s.strings(at + "/topics");
      for (int i = 0; i < topics.size(); i++) {
        if (!TOPICS.contains(topics.get(i))) {
          s.warning(
              at + "/topics/" + i,
              "unknown topic '" + topics.get(i) + "'; the bot routes by " + String.join(", ", TOPICS));
        }
      }
      List<String> languages = s.strings(at + "/languages");
      if (languages.isEmpty()) {
        s.error(at + "/languages", "list the languages this person speaks");
      }
      Optional<String> backup = s.string(at + "/backup", false);
      backup.ifPresent(b -> refer(s, at + "/backup", "staff", b));
      if (backup.isPresent() && backup.equals(id)) {
        s.error(at + "/backup", "a person cannot be their own backup");
      }
      WorkingHours hours = HoursParser.parse(s, at + "/hours", WorkingHours.ALWAYS);
      if (id.isPresent() && userId.isPresent()) {
        declare(s, at + "/id", "staff", id.get());
        out.add(
            new StaffMember(
                id.get(),
                name,
                role,
                userId.get().longValue(),
                s.string(at + "/username", false).map(u -> u.replaceFirst("^@", "")),
                topics,
                languages,
                hours,
                backup));
      }
    }
    if (out.isEmpty()) {
      s.error("/staff", "name at least one person who can take over a conversation");
    }
    return out;
  }

  private DeliverySchedule delivery(YamlSource s) {
    WorkingHours slots = HoursParser.parse(s, "/slots", new WorkingHours(Map.of()));
    if (s.at("/slots").isMissingNode()) {
      s.error("/slots", "list the delivery slots per day, e.g. mon-fri: \"08:00-12:00, 16:00-20:00\"");
    }
    int lead = wholeNumber(s, "/lead_hours", 0, 0, 24 * 7);
    int offered = wholeNumber(s, "/offered", 4, 1, 9);
    DeliverySchedule schedule = new DeliverySchedule(slots, lead, offered);
    if (schedule.isEmpty() && !s.at("/slots").isMissingNode()) {
      s.error("/slots", "no day has a slot: clients could never choose a delivery time");
    }
    return schedule;
  }

  /** A whole number in [min, max], or {@code absent} when the field is missing. */
  private static int wholeNumber(YamlSource s, String pointer, int absent, int min, int max) {
    Optional<BigDecimal> n = s.number(pointer, false);
    if (n.isEmpty()) {
      return absent;
    }
    if (n.get().stripTrailingZeros().scale() > 0 || n.get().intValue() < min || n.get().intValue() > max) {
      s.error(pointer, "must be a whole number from " + min + " to " + max);
      return absent;
    }
    return n.get().intValue();
  }

  private List<Suggestion> suggestions(YamlSource s) {
    List<Suggestion> out = new ArrayList<>();
    for (String at : s.elements("/suggestions", true)) {
      Optional<String> id = s.slug(at + "/id");
      if (s.at(at + "/after_completed_orders").isMissingNode()) {
        s.error(at + "/after_completed_orders", "say after how many completed orders (1 or more) this may be offered");
      }
      // A suggestion at the first purchase feels like pushing: the first order never gets one.
      int after = wholeNumber(s, at + "/after_completed_orders", 1, 1, 1000);
      List<String> items = s.strings(at + "/items");
      for (int i = 0; i < items.size(); i++) {
        refer(s, at + "/items/" + i, "catalog item", items.get(i));
      }
      Optional<Integer> maxQuantity =
          s.at(at + "/max_quantity").isMissingNode()
              ? Optional.empty()
              : Optional.of(wholeNumber(s, at + "/max_quantity", 1, 1, 100_000));
      Optional<Integer> minPerMonth =
          s.at(at + "/min_orders_per_month").isMissingNode()
              ? Optional.empty()
              : Optional.of(wholeNumber(s, at + "/min_orders_per_month", 1, 1, 100));
      LocalizedText text = s.text(at + "/text", true);
      LocalizedText accepted = s.text(at + "/accepted", true);
      Optional<String> orderItem = s.string(at + "/order_item", false);
      orderItem.ifPresent(item -> refer(s, at + "/order_item", "catalog item", item));
      Optional<String> topic = s.string(at + "/topic", false);
      if (topic.isPresent() && !TOPICS.contains(topic.get())) {
        s.error(at + "/topic", "unknown topic '" + topic.get() + "'; the bot routes by " + String.join(", ", TOPICS));
      }
      if (orderItem.isPresent() && topic.isPresent()) {
        s.error(at + "/topic", "give order_item or topic, not both: saying yes does one thing");
      }
      if (id.isPresent()) {
        declare(s, at + "/id", "suggestion", id.get());
        out.add(new Suggestion(id.get(), after, items, maxQuantity, minPerMonth, text, accepted, orderItem, topic));
      }
    }
    return out;
  }

  private List<KeyClient> keyClients(YamlSource s) {
    List<KeyClient> out = new ArrayList<>();
    for (String at : s.elements("/key_clients", false)) {
      Optional<Long> userId =
          s.number(at + "/telegram_user_id", false).map(BigDecimal::longValue);
      Optional<String> username = s.string(at + "/username", false).map(u -> u.replaceFirst("^@", ""));
      if (userId.isEmpty() && username.isEmpty()) {
        s.error(at, "give telegram_user_id or username");
      }
      Optional<String> manager = s.string(at + "/account_manager", true);
      manager.ifPresent(m -> refer(s, at + "/account_manager", "staff", m));
      out.add(
          new KeyClient(
              userId, username, s.string(at + "/name", false).orElse(""), manager.orElse("")));
    }
    return out;
  }

  private void declare(YamlSource s, String pointer, String kind, String id) {
    if (!ids.computeIfAbsent(kind, k -> new HashSet<>()).add(id)) {
      s.error(pointer, "duplicate " + kind + " id '" + id + "'");
    }
  }

  private void refer(YamlSource s, String pointer, String kind, String id) {
    references.add(new Reference(s.file, s.line(pointer), s.field(pointer), kind, id));
  }

  private void checkReferences() {
    for (Reference r : references) {
      if (!ids.getOrDefault(r.kind(), Set.of()).contains(r.id())) {
        problems.add(
            Problem.error(r.file(), r.line(), r.field(), "unknown " + r.kind() + " '" + r.id() + "'"));
      }
    }
  }

  private void checkTopics(List<StaffMember> staff) {
    if (staff.isEmpty()) {
      return;
    }
    for (String topic : TOPICS) {
      if (staff.stream().noneMatch(m -> m.handles(topic))) {
        problems.add(
            Problem.warning(
                rel(root.resolve("staff.yaml")),
                1,
                "topics",
                "equipment".equals(topic)
                    ? "nobody handles 'equipment'; a broken device is answered from the knowledge (or a partner who repairs) like any request"
                    : "nobody handles '" + topic + "'; such requests go to the first person listed"));
      }
    }
  }

  /**
   * A language the company serves that an article or a translated item name lacks: clients writing
   * it read that entry in another language (the sibling, English, the default). Not an error — a
   * company may translate as it goes — but it should know.
   */
  private void checkTranslations(Company company, Catalog catalog, List<Article> articles) {
    // A code that is no language is an error already; a warning per entry for it would bury it.
    List<String> served = company.languages().stream().filter(ISO_LANGUAGES::contains).toList();
    for (Article a : articles) {
      List<String> missing = served.stream().filter(l -> !a.byLanguage().containsKey(l)).toList();
      if (!missing.isEmpty()) {
        String written = a.byLanguage().keySet().stream().sorted().findFirst().orElse(served.get(0));
        problems.add(Problem.warning(
            rel(root.resolve("articles").resolve(a.id() + "." + written + ".md")), 1, "language",
            "no text in " + String.join(", ", missing) + ": clients writing it read this article in " + fallbackFor(missing.get(0), a.byLanguage().keySet(), company)));
      }
    }
    String catalogFile = rel(root.resolve("catalog.yaml"));
    for (CatalogItem i : catalog.items()) {
      List<String> missing = served.stream().filter(l -> !i.name().languages().contains(l)).toList();
      // A name in one language only ("iPhone 15", "Floor water cooler") is the name everywhere;
      // a map that translates some languages and not others is a translation forgotten.
      if (!missing.isEmpty() && i.name().languages().size() >= 2) {
        problems.add(Problem.warning(
            catalogFile, 1, "items[" + i.id() + "].name",
            "no name in " + String.join(", ", missing) + ": clients writing it read it in " + fallbackFor(missing.get(0), i.name().languages(), company)));
      }
    }
  }

  private static String fallbackFor(String language, Set<String> written, Company company) {
    return LanguageFallback.chain(language, company.languages().get(0)).stream()
        .filter(written::contains)
        .findFirst()
        .or(() -> written.stream().sorted().findFirst())
        .orElse(company.languages().get(0));
  }

  /**
   * An article the price guard would refuse at runtime is an error now, with its line. Not while
   * the catalog itself has errors: a price it failed to read would make every article that quotes
   * it an error too, and the one mistake would hide among a dozen that are not.
   */
  private void checkArticlePrices(List<ArticleFiles.Located> texts, Catalog catalog) {
    String catalogFile = rel(root.resolve("catalog.yaml"));
    if (problems.stream().anyMatch(p -> p.isError() && p.file().equals(catalogFile))) {
      problems.add(Problem.warning(
          rel(root.resolve("articles")), 1, "",
          "the prices in the articles are checked once catalog.yaml has no errors"));
      return;
    }
    Set<BigDecimal> prices = catalog.quotablePrices();
    for (ArticleFiles.Located l : texts) {
      String body = l.text().body();
      for (MoneyAmounts.Amount a : MoneyAmounts.in(body)) {
        if (!prices.contains(a.value())) {
          int line = l.bodyLine() + (int) body.substring(0, a.start()).chars().filter(c -> c == '\n').count();
          problems.add(Problem.error(l.file(), line, "body", "price '" + a.text() + "' is not a catalog price"));
        }
      }
    }
  }

  private String rel(Path p) {
    return ArticleFiles.rel(root, p);
  }
}
