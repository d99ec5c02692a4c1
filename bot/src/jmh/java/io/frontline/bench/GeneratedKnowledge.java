package io.frontline.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes a synthetic but realistic knowledge folder (format: knowledge/README.md) of the size the
 * performance requirement names: 1,000 articles in en, ru, pl and hu (4,000 .md files), 200
 * partners, 50 staff and a catalog of 50 items. Texts are built from parallel per-language
 * vocabularies: every article is one (subject, action) pair out of 50 x 20, so topics are distinct
 * while the common words (subjects, actions, service sentences) are shared by many entries and
 * retrieval has real ranking work to do. A fixed seed makes the folder identical on every run.
 *
 * <p>Article bodies contain no amounts with a currency, so the loader's "prices in articles must
 * be catalog prices" check passes; every staff topic has a person, so it warns about nothing.
 */
public final class GeneratedKnowledge {

  public static final long SEED = 20_250_611L;
  public static final List<String> LANGUAGES = List.of("en", "ru", "pl", "hu");
  public static final int ARTICLES = 1_000;
  public static final int PARTNERS = 200;
  public static final int STAFF = 50;
  public static final int CATALOG_ITEMS = 50;

  /** One word or phrase in the four languages, in the order of {@link #LANGUAGES}. */
  record W(String en, String ru, String pl, String hu) {
    String in(String lang) {
      return switch (lang) {
        case "en" -> en;
        case "ru" -> ru;
        case "pl" -> pl;
        case "hu" -> hu;
        default -> throw new IllegalArgumentException(lang);
      };
    }
  }

  /** What the articles are about. The first 25 are also sold (the catalog). */
  static final List<W> SUBJECTS =
      List.of(
          new W("water bottle", "бутыль воды", "butla wody", "vizes ballon"),
          new W("water cooler", "кулер для воды", "dystrybutor wody", "vízadagoló"),
          new W("hand pump", "ручная помпа", "pompka ręczna", "kézi pumpa"),
          new W("electric pump", "электропомпа", "pompka elektryczna", "elektromos pumpa"),
          new W("water filter", "фильтр для воды", "filtr do wody", "vízszűrő"),
          new W("filter cartridge", "картридж фильтра", "wkład filtra", "szűrőbetét"),
          new W("mineral water", "минеральная вода", "woda mineralna", "ásványvíz"),
          new W("spring water", "родниковая вода", "woda źródlana", "forrásvíz"),
          new W("paper cups", "бумажные стаканчики", "kubki papierowe", "papírpoharak"),
          new W("cup dispenser", "диспенсер для стаканчиков", "podajnik kubków", "pohár adagoló"),
          new W("bottle rack", "стеллаж для бутылей", "stojak na butle", "ballontartó állvány"),
          new W("bottle cap", "крышка бутыли", "nakrętka butli", "ballon kupak"),
          new W("tea kettle", "чайник", "czajnik", "vízforraló"),
          new W("coffee machine", "кофемашина", "ekspres do kawy", "kávéfőző"),
          new W("ice maker", "льдогенератор", "kostkarka do lodu", "jégkocka készítő"),
          new W("water heater", "водонагреватель", "podgrzewacz wody", "vízmelegítő"),
          new W("drinking fountain", "питьевой фонтанчик", "fontanna do picia", "ivókút"),
          new W("water softener", "умягчитель воды", "zmiękczacz wody", "vízlágyító"),
          new W(
              "reverse osmosis system",
              "система обратного осмоса",
              "system odwróconej osmozy",
              "fordított ozmózis rendszer"),
          new W("uv lamp", "ультрафиолетовая лампа", "lampa uv", "uv lámpa"),
          new W("water tank", "бак для воды", "zbiornik na wodę", "víztartály"),
          new W("glass bottle", "стеклянная бутылка", "szklana butelka", "üvegpalack"),
          new W("sports bottle", "спортивная бутылка", "bidon sportowy", "sportkulacs"),
          new W("thermos", "термос", "termos", "termosz"),
          new W("water pitcher", "кувшин для воды", "dzbanek na wodę", "vizeskancsó"),
          new W("tap", "кран", "kranik", "csap"),
          new W("hose", "шланг", "wężyk", "tömlő"),
          new W("drip tray", "поддон", "tacka ociekowa", "csepptálca"),
          new W("cooling unit", "блок охлаждения", "moduł chłodzenia", "hűtőegység"),
          new W("heating unit", "блок нагрева", "moduł grzania", "fűtőegység"),
          new W("child lock", "защита от детей", "blokada rodzicielska", "gyerekzár"),
          new W("power cable", "кабель питания", "przewód zasilający", "tápkábel"),
          new W("wall mount", "настенное крепление", "uchwyt ścienny", "fali tartó"),
          new W("floor stand", "напольная подставка", "podstawa podłogowa", "padlóállvány"),
          new W("carbonation kit", "набор для газирования", "zestaw do gazowania", "szódakészítő készlet"),
          new W("co2 cylinder", "баллон co2", "butla co2", "co2 patron"),
          new W("flavour drops", "вкусовые капли", "krople smakowe", "ízesítő cseppek"),
          new W("kitchen corner", "кухонный уголок", "kącik kuchenny", "konyhasarok"),
          new W("gift card", "подарочная карта", "karta podarunkowa", "ajándékkártya"),
          new W("mobile app", "мобильное приложение", "aplikacja mobilna", "mobilalkalmazás"),
          new W("user account", "личный кабинет", "konto użytkownika", "felhasználói fiók"),
          new W("delivery address", "адрес доставки", "adres dostawy", "szállítási cím"),
          new W("delivery window", "окно доставки", "okno dostawy", "szállítási időablak"),
          new W("standing order", "регулярный заказ", "zamówienie stałe", "állandó rendelés"),
          new W("empty bottles", "пустые бутыли", "puste butle", "üres ballonok"),
          new W("bottle deposit", "залог за бутыль", "kaucja za butlę", "ballon betétdíj"),
          new W("water analysis", "анализ воды", "analiza wody", "vízelemzés"),
          new W("quality certificate", "сертификат качества", "certyfikat jakości", "minőségi tanúsítvány"),
          new W("service plan", "сервисный план", "plan serwisowy", "szervizcsomag"),
          new W("warranty", "гарантия", "gwarancja", "garancia"));

  /** What clients want done to a subject: the verb (for questions) ... */
  static final List<W> ACTION_VERBS =
      List.of(
          new W("replace", "заменить", "wymienić", "kicserélni"),
          new W("clean", "почистить", "wyczyścić", "kitisztítani"),
          new W("repair", "отремонтировать", "naprawić", "megjavítani"),
          new W("order", "заказать", "zamówić", "megrendelni"),
          new W("cancel", "отменить", "anulować", "lemondani"),
          new W("return", "вернуть", "zwrócić", "visszaküldeni"),
          new W("install", "установить", "zainstalować", "beszerelni"),
          new W("rent", "арендовать", "wynająć", "bérelni"),
          new W("store", "хранить", "przechowywać", "tárolni"),
          new W("inspect", "проверить", "sprawdzić", "ellenőrizni"),
          new W("pause", "приостановить", "wstrzymać", "szüneteltetni"),
          new W("transfer", "передать", "przekazać", "átadni"),
          new W("extend", "продлить", "przedłużyć", "meghosszabbítani"),
          new W("recycle", "утилизировать", "zutylizować", "újrahasznosítani"),
          new W("move", "перенести", "przenieść", "áthelyezni"),
          new W("disinfect", "продезинфицировать", "zdezynfekować", "fertőtleníteni"),
          new W("upgrade", "обновить", "zmodernizować", "korszerűsíteni"),
          new W("insure", "застраховать", "ubezpieczyć", "biztosítani"),
          new W("track", "отследить", "śledzić", "nyomon követni"),
          new W("assemble", "собрать", "złożyć", "összeszerelni"));

  /** ... and the noun (for titles and bodies), in the same order. */
  static final List<W> ACTION_NOUNS =
      List.of(
          new W("replacement", "замена", "wymiana", "csere"),
          new W("cleaning", "чистка", "czyszczenie", "tisztítás"),
          new W("repair", "ремонт", "naprawa", "javítás"),
          new W("ordering", "заказ", "zamówienie", "rendelés"),
          new W("cancellation", "отмена", "anulowanie", "lemondás"),
          new W("return", "возврат", "zwrot", "visszaküldés"),
          new W("installation", "установка", "instalacja", "beszerelés"),
          new W("rental", "аренда", "wynajem", "bérlés"),
          new W("storage", "хранение", "przechowywanie", "tárolás"),
          new W("inspection", "проверка", "kontrola", "ellenőrzés"),
          new W("pausing", "приостановка", "wstrzymanie", "szüneteltetés"),
          new W("handover", "передача", "przekazanie", "átadás"),
          new W("extension", "продление", "przedłużenie", "meghosszabbítás"),
          new W("recycling", "утилизация", "utylizacja", "újrahasznosítás"),
          new W("relocation", "перенос", "przeniesienie", "áthelyezés"),
          new W("disinfection", "дезинфекция", "dezynfekcja", "fertőtlenítés"),
          new W("upgrade", "обновление", "modernizacja", "korszerűsítés"),
          new W("insurance", "страхование", "ubezpieczenie", "biztosítás"),
          new W("tracking", "отслеживание", "śledzenie", "nyomon követés"),
          new W("assembly", "сборка", "montaż", "összeszerelés"));

  /** What partners do (we do not): two ways clients ask for it. */
  static final List<W[]> SERVICES =
      List.of(
          svc("plumbing repair", "ремонт сантехники", "naprawa hydrauliki", "vízvezeték javítás",
              "plumber", "сантехник", "hydraulik", "vízvezeték-szerelő"),
          svc("electrical wiring", "электропроводка", "instalacja elektryczna", "villanyszerelés",
              "electrician", "электрик", "elektryk", "villanyszerelő"),
          svc("car repair", "ремонт автомобиля", "naprawa samochodu", "autójavítás",
              "car mechanic", "автомеханик", "mechanik samochodowy", "autószerelő"),
          svc("dry cleaning", "химчистка", "pralnia chemiczna", "vegytisztítás",
              "laundry", "прачечная", "pralnia", "mosoda"),
          svc("window cleaning", "мойка окон", "mycie okien", "ablaktisztítás",
              "window washer", "мойщик окон", "myciel okien", "ablakmosó"),
          svc("pest control", "дезинсекция", "dezynsekcja", "rovarirtás",
              "cockroach removal", "уничтожение тараканов", "zwalczanie karaluchów", "csótányirtás"),
          svc("furniture assembly", "сборка мебели", "składanie mebli", "bútorösszeszerelés",
              "furniture delivery", "доставка мебели", "transport mebli", "bútorszállítás"),
          svc("moving house", "переезд квартиры", "przeprowadzka", "költöztetés",
              "movers", "грузчики", "tragarze", "költöztetők"),
          svc("locksmith", "слесарь", "ślusarz", "lakatos",
              "door lock replacement", "замена замка", "wymiana zamka", "zárcsere"),
          svc("roof repair", "ремонт крыши", "naprawa dachu", "tetőjavítás",
              "roofer", "кровельщик", "dekarz", "tetőfedő"),
          svc("garden care", "уход за садом", "pielęgnacja ogrodu", "kertgondozás",
              "lawn mowing", "стрижка газона", "koszenie trawnika", "fűnyírás"),
          svc("dog grooming", "стрижка собак", "strzyżenie psów", "kutyakozmetika",
              "pet sitting", "передержка животных", "opieka nad zwierzętami", "állatfelügyelet"),
          svc("computer repair", "ремонт компьютеров", "naprawa komputerów", "számítógép-javítás",
              "laptop repair", "ремонт ноутбуков", "naprawa laptopów", "laptopjavítás"),
          svc("phone repair", "ремонт телефонов", "naprawa telefonów", "telefonjavítás",
              "screen replacement", "замена экрана", "wymiana ekranu", "kijelzőcsere"),
          svc("taxi", "такси", "taksówka", "taxi",
              "airport transfer", "трансфер в аэропорт", "transfer na lotnisko", "reptéri transzfer"),
          svc("catering", "кейтеринг", "catering", "catering",
              "party food", "еда на праздник", "jedzenie na imprezę", "partiétel"),
          svc("flower delivery", "доставка цветов", "dostawa kwiatów", "virágküldés",
              "bouquets", "букеты", "bukiety", "virágcsokrok"),
          svc("tailoring", "ателье", "krawiectwo", "szabóság",
              "clothing alterations", "подгонка одежды", "przeróbki krawieckie", "ruhaigazítás"),
          svc("shoe repair", "ремонт обуви", "naprawa butów", "cipőjavítás",
              "heel replacement", "замена набоек", "wymiana fleków", "sarokcsere"),
          svc("tyre fitting", "шиномонтаж", "wymiana opon", "gumiszerelés",
              "tyre storage", "хранение шин", "przechowywanie opon", "gumitárolás"),
          svc("tutoring", "репетитор", "korepetycje", "korrepetálás",
              "math lessons", "уроки математики", "lekcje matematyki", "matekórák"),
          svc("photo studio", "фотостудия", "studio fotograficzne", "fotóstúdió",
              "passport photos", "фото на паспорт", "zdjęcia do paszportu", "igazolványképek"),
          svc("printing house", "типография", "drukarnia", "nyomda",
              "business cards", "визитки", "wizytówki", "névjegykártyák"),
          svc("bicycle repair", "ремонт велосипедов", "naprawa rowerów", "kerékpárjavítás",
              "bike service", "обслуживание велосипеда", "serwis rowerowy", "kerékpárszerviz"),
          svc("boiler service", "обслуживание котла", "serwis kotła", "kazánszerviz",
              "heating repair", "ремонт отопления", "naprawa ogrzewania", "fűtésjavítás"));

  static final List<W> DISTRICTS =
      List.of(
          new W("City Centre", "Центр", "Centrum", "Belváros"),
          new W("Riverside", "Набережная", "Nadbrzeże", "Folyópart"),
          new W("Old Town", "Старый город", "Stare Miasto", "Óváros"),
          new W("North Hill", "Северный холм", "Północne Wzgórze", "Északi domb"),
          new W("Lakeside", "Озёрный", "Nad Jeziorem", "Tóparti"),
          new W("Station Quarter", "Вокзальный", "Dzielnica Dworcowa", "Pályaudvar negyed"),
          new W("University", "Университетский", "Uniwersytecka", "Egyetemváros"),
          new W("Airport", "Аэропорт", "Lotnisko", "Repülőtér"));

  private static final List<String> FIRST_NAMES =
      List.of(
          "Anna", "Oleh", "Marta", "Piotr", "Zsofia", "Ivan", "Katalin", "Tomasz", "Olena", "Bence",
          "Irina", "Pawel", "Eszter", "Dmitri", "Agnieszka", "Laszlo", "Natalia", "Jakub", "Reka",
          "Sergei", "Ewa", "Gabor", "Yulia", "Michal", "Dora", "Andrei", "Magda", "Peter", "Sofia",
          "Krzysztof", "Nora", "Maksim", "Joanna", "Zoltan", "Alina", "Marek", "Judit", "Viktor",
          "Kasia", "Balazs", "Daria", "Adam", "Anita", "Roman", "Ola", "Tamas", "Vera", "Lukasz",
          "Ildiko", "Pavel");

  private static final List<String> TOPICS =
      List.of(
          "complaint", "refund", "delivery-problem", "legal", "corporate", "orders", "equipment",
          "billing", "general");

  private static final List<W> ROLES =
      List.of(
          new W("customer care", "служба заботы о клиентах", "obsługa klienta", "ügyfélszolgálat"),
          new W("refunds desk", "отдел возвратов", "dział zwrotów", "visszatérítési részleg"),
          new W("delivery coordinator", "координатор доставки", "koordynator dostaw", "szállítási koordinátor"),
          new W("legal counsel", "юрист компании", "radca prawny", "jogi tanácsadó"),
          new W("corporate accounts", "корпоративные клиенты", "klienci firmowi", "vállalati ügyfelek"),
          new W("order desk", "отдел заказов", "dział zamówień", "rendelési részleg"),
          new W("service engineer", "сервисный инженер", "serwisant", "szervizmérnök"),
          new W("billing", "бухгалтерия", "rozliczenia", "számlázás"),
          new W("shift lead", "старший смены", "kierownik zmiany", "műszakvezető"));

  private static final String[] SYLLABLES = {
    "ka", "ro", "vi", "ta", "lo", "mi", "ne", "su", "da", "pe", "zo", "ri", "ba", "lu", "to", "ve"
  };

  private GeneratedKnowledge() {}

  private static W[] svc(
      String en, String ru, String pl, String hu, String en2, String ru2, String pl2, String hu2) {
    return new W[] {new W(en, ru, pl, hu), new W(en2, ru2, pl2, hu2)};
  }

  /** Writes the folder into a new temporary directory and returns it. */
  public static Path createTemp() {
    try {
      Path dir = Files.createTempDirectory("frontline-bench-knowledge-");
      write(dir);
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the whole knowledge folder into {@code dir} (which must exist). */
  public static void write(Path dir) throws IOException {
    Random rnd = new Random(SEED);
    Files.writeString(dir.resolve("company.yaml"), company(), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("catalog.yaml"), catalog(new Random(rnd.nextLong())), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("partners.yaml"), partners(new Random(rnd.nextLong())), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("staff.yaml"), staff(new Random(rnd.nextLong())), StandardCharsets.UTF_8);
    Path articles = Files.createDirectories(dir.resolve("articles"));
    Random ar = new Random(rnd.nextLong());
    for (int i = 0; i < ARTICLES; i++) {
      int s = i % SUBJECTS.size();
      int a = i / SUBJECTS.size();
      String id = articleId(s, a);
      for (String lang : LANGUAGES) {
        Files.writeString(
            articles.resolve(id + "." + lang + ".md"), article(id, s, a, lang, ar), StandardCharsets.UTF_8);
      }
    }
  }

  /** Deletes a folder written by {@link #createTemp}. */
  public static void delete(Path dir) {
    if (dir == null || !Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String articleId(int subject, int action) {
    return slug(SUBJECTS.get(subject).en()) + "-" + slug(ACTION_NOUNS.get(action).en());
  }

  static String itemId(int i) {
    return slug(SUBJECTS.get(i % 25).en()) + (i >= 25 ? "-premium" : "");
  }

  // ---------------------------------------------------------------- company

  private static String company() {
    StringBuilder y = new StringBuilder();
    y.append("# Generated for the JMH benchmark: a water and home-drinks supplier.\n");
    y.append("id: brightwater\n");
    y.append("name: BrightWater\n");
    y.append("about:\n");
    line(y, 1, "en", "We deliver drinking water, coolers, filters and accessories across the city and service what we sell.");
    line(y, 1, "ru", "Мы доставляем питьевую воду, кулеры, фильтры и аксессуары по всему городу и обслуживаем то, что продаём.");
    line(y, 1, "pl", "Dostarczamy wodę pitną, dystrybutory, filtry i akcesoria w całym mieście i serwisujemy to, co sprzedajemy.");
    line(y, 1, "hu", "Ivóvizet, vízadagolókat, szűrőket és kiegészítőket szállítunk az egész városban, és szervizeljük, amit eladunk.");
    y.append("languages: [en, ru, pl, hu]\n");
    y.append("time_zone: Europe/Warsaw\n");
    y.append("hours:\n  mon-fri: \"08:00-20:00\"\n  sat: \"09:00-15:00\"\n  sun: closed\n");
    y.append("area:\n");
    line(y, 1, "en", "the city and suburbs within 20 km");
    line(y, 1, "ru", "город и пригороды в радиусе 20 км");
    line(y, 1, "pl", "miasto i przedmieścia w promieniu 20 km");
    line(y, 1, "hu", "a város és a 20 km-en belüli elővárosok");
    y.append("value:\n");
    line(y, 1, "en", "Every batch is lab-tested, delivery to your door is included, and the price is the same for everyone.");
    line(y, 1, "ru", "Каждая партия проверена в лаборатории, доставка до двери включена, а цена одинакова для всех.");
    line(y, 1, "pl", "Każda partia jest badana w laboratorium, dostawa pod drzwi jest wliczona, a cena jest taka sama dla wszystkich.");
    line(y, 1, "hu", "Minden tételt laborban vizsgálunk, az ajtóig szállítás benne van, és az ár mindenkinek ugyanaz.");
    return y.toString();
  }

  // ---------------------------------------------------------------- catalog

  private static final W UNIT = new W("piece", "шт.", "szt.", "db");
  private static final W PREMIUM = new W("premium", "премиум", "premium", "prémium");

  private static String catalog(Random rnd) {
    StringBuilder y = new StringBuilder("currency: UAH\nitems:\n");
    int[] prices = new int[CATALOG_ITEMS];
    for (int i = 0; i < CATALOG_ITEMS; i++) {
      prices[i] = i < 25 ? 40 + 10 * rnd.nextInt(200) : prices[i - 25] + 50 + 10 * rnd.nextInt(50);
    }
    for (int i = 0; i < CATALOG_ITEMS; i++) {
      W s = SUBJECTS.get(i % 25);
      boolean premium = i >= 25;
      y.append("  - id: ").append(itemId(i)).append('\n');
      y.append("    name:\n");
      for (String lang : LANGUAGES) {
        line(y, 3, lang, cap(s.in(lang)) + (premium ? ", " + PREMIUM.in(lang) : ""));
      }
      y.append("    aliases:\n");
      for (String lang : LANGUAGES) {
        List<String> aliases = new ArrayList<>();
        aliases.add(s.in(lang) + (premium ? " " + PREMIUM.in(lang) : ""));
        aliases.add(SUBJECTS.get(25 + rnd.nextInt(25)).in(lang) + " " + s.in(lang));
        y.append("      ").append(lang).append(": ").append(list(aliases)).append('\n');
      }
      y.append("    description:\n");
      for (String lang : LANGUAGES) {
        line(y, 3, lang, itemDescription(s, premium, lang));
      }
      y.append("    price: ").append(prices[i]).append('\n');
      y.append("    unit: {");
      for (int l = 0; l < LANGUAGES.size(); l++) {
        y.append(l == 0 ? "" : ", ").append(LANGUAGES.get(l)).append(": ").append(q(UNIT.in(LANGUAGES.get(l))));
      }
      y.append("}\n");
      if (i % 11 == 5) {
        y.append("    available: false\n");
        y.append("    back_on: 2026-0").append(1 + i % 9).append("-15\n");
        y.append("    alternatives: [").append(itemId((i + 25) % CATALOG_ITEMS)).append("]\n");
      }
      if (i % 7 == 3) {
        int min = 5 + rnd.nextInt(3) * 5;
        int dprice = prices[i] - 10;
        y.append("    discounts:\n");
        y.append("      - id: bulk-").append(min).append('\n');
        y.append("        min_quantity: ").append(min).append('\n');
        y.append("        price: ").append(dprice).append('\n');
        y.append("        text:\n");
        line(y, 5, "en", "from " + min + " pieces in one order: " + dprice + " UAH per piece");
        line(y, 5, "ru", "от " + min + " штук в одном заказе: " + dprice + " грн за штуку");
        line(y, 5, "pl", "od " + min + " sztuk w jednym zamówieniu: " + dprice + " UAH za sztukę");
        line(y, 5, "hu", min + " darabtól egy rendelésben: " + dprice + " UAH darabonként");
      }
    }
    return y.toString();
  }

  private static String itemDescription(W s, boolean premium, String lang) {
    String name = s.in(lang);
    return switch (lang) {
      case "en" -> cap(name) + (premium ? " in the premium line, with a longer warranty" : " from our standard line") + ", delivered with your water.";
      case "ru" -> cap(name) + (premium ? " премиальной линейки с увеличенной гарантией" : " стандартной линейки") + ", доставляем вместе с водой.";
      case "pl" -> cap(name) + (premium ? " z linii premium, z dłuższą gwarancją" : " z linii standardowej") + ", dostarczamy razem z wodą.";
      default -> cap(name) + (premium ? ", prémium termékcsalád, hosszabb garanciával" : ", alap termékcsalád") + ", a vízzel együtt szállítjuk.";
    };
  }

  // ---------------------------------------------------------------- partners

  private static String partners(Random rnd) {
    StringBuilder y = new StringBuilder("partners:\n");
    Set<String> brands = new LinkedHashSet<>();
    for (int i = 0; i < PARTNERS; i++) {
      W[] svc = SERVICES.get(i % SERVICES.size());
      W district = DISTRICTS.get(i / SERVICES.size());
      String brand;
      do {
        brand = cap(SYLLABLES[rnd.nextInt(SYLLABLES.length)] + SYLLABLES[rnd.nextInt(SYLLABLES.length)]
            + SYLLABLES[rnd.nextInt(SYLLABLES.length)]);
      } while (!brands.add(brand));
      String id = slug(brand + " " + svc[0].en());
      y.append("  - id: ").append(id).append('\n');
      y.append("    name: ").append(q(brand + " " + cap(svc[0].en()))).append('\n');
      y.append("    covers:\n");
      for (String lang : LANGUAGES) {
        List<String> covers = new ArrayList<>();
        covers.add(svc[0].in(lang));
        covers.add(svc[1].in(lang));
        covers.add(svc[0].in(lang) + " " + district.in(lang));
        y.append("      ").append(lang).append(": ").append(list(covers)).append('\n');
      }
      y.append("    description:\n");
      for (String lang : LANGUAGES) {
        line(y, 3, lang, partnerDescription(svc, district, lang));
      }
      int year = 2010 + rnd.nextInt(14);
      y.append("    why:\n");
      line(y, 3, "en", "Our clients have used them since " + year + " and tell us good things.");
      line(y, 3, "ru", "Наши клиенты пользуются ими с " + year + " года и хорошо отзываются.");
      line(y, 3, "pl", "Nasi klienci korzystają z ich usług od " + year + " roku i chwalą ich.");
      line(y, 3, "hu", "Ügyfeleink " + year + " óta veszik igénybe őket, és jókat mondanak róluk.");
      String handle = "@" + slug(brand).replace('-', '_') + "_" + (i % 100);
      String phone = String.format(Locale.ROOT, "+48 12 %03d %02d %02d", rnd.nextInt(1000), rnd.nextInt(100), rnd.nextInt(100));
      y.append("    contact: ").append(q(handle + " on Telegram, " + phone)).append('\n');
      if (i % 3 == 0) {
        y.append("    telegram_chat_id: -100").append(1_000_000_000L + i).append('\n');
      }
      if (i % 4 == 0) {
        y.append("    perk:\n");
        line(y, 3, "en", "BrightWater clients get 10% off the first order.");
        line(y, 3, "ru", "Клиенты BrightWater получают скидку 10% на первый заказ.");
        line(y, 3, "pl", "Klienci BrightWater dostają 10% zniżki na pierwsze zamówienie.");
        line(y, 3, "hu", "A BrightWater ügyfelei 10% kedvezményt kapnak az első rendelésből.");
      }
      y.append("    trust: ").append(i % 5 == 0 ? "high" : "normal").append('\n');
      y.append("    languages: ").append(someLanguages(rnd)).append('\n');
    }
    return y.toString();
  }

  private static String partnerDescription(W[] svc, W district, String lang) {
    return switch (lang) {
      case "en" -> cap(svc[0].en()) + " and " + svc[1].en() + " in the " + district.en() + " district.";
      case "ru" -> cap(svc[0].ru()) + " и " + svc[1].ru() + ", район " + district.ru() + ".";
      case "pl" -> cap(svc[0].pl()) + " oraz " + svc[1].pl() + ", dzielnica " + district.pl() + ".";
      default -> cap(svc[0].hu()) + " és " + svc[1].hu() + ", " + district.hu() + " kerület.";
    };
  }

  // ---------------------------------------------------------------- staff

  private static final List<String> HOURS =
      List.of(
          "    hours:\n      mon-fri: \"09:00-18:00\"\n",
          "    hours:\n      mon-fri: \"08:00-16:00\"\n      sat: \"09:00-13:00\"\n",
          "    hours:\n      mon-thu: \"12:00-20:00\"\n      fri: \"10:00-18:00\"\n",
          "    hours:\n      sat-sun: \"10:00-18:00\"\n",
          "    hours:\n      mon-fri: \"07:00-11:00, 15:00-19:00\"\n",
          "    hours:\n      mon-sun: \"00:00-24:00\"\n");

  private static String staff(Random rnd) {
    StringBuilder y = new StringBuilder("staff:\n");
    for (int i = 0; i < STAFF; i++) {
      String first = FIRST_NAMES.get(i);
      String id = slug(first);
      int role = i % TOPICS.size();
      Set<String> topics = new LinkedHashSet<>();
      topics.add(TOPICS.get(role));
      int extra = rnd.nextInt(3);
      for (int k = 0; k < extra; k++) {
        topics.add(TOPICS.get(rnd.nextInt(TOPICS.size())));
      }
      y.append("  - id: ").append(id).append('\n');
      y.append("    name: ").append(q(first)).append('\n');
      y.append("    role:\n");
      for (String lang : LANGUAGES) {
        line(y, 3, lang, ROLES.get(role).in(lang));
      }
      y.append("    telegram_user_id: ").append(100_000_001L + i).append('\n');
      y.append("    username: ").append(id).append("_brightwater\n");
      y.append("    topics: [").append(String.join(", ", topics)).append("]\n");
      y.append("    languages: ").append(someLanguages(rnd)).append('\n');
      y.append(HOURS.get(rnd.nextInt(HOURS.size())));
      if (i % 2 == 0) {
        y.append("    backup: ").append(slug(FIRST_NAMES.get((i + 9) % STAFF))).append('\n');
      }
    }
    return y.toString();
  }

  private static String someLanguages(Random rnd) {
    List<String> out = new ArrayList<>();
    for (String lang : LANGUAGES) {
      if (rnd.nextInt(3) > 0) {
        out.add(lang);
      }
    }
    if (out.isEmpty()) {
      out.add(LANGUAGES.get(rnd.nextInt(LANGUAGES.size())));
    }
    return "[" + String.join(", ", out) + "]";
  }

  // ---------------------------------------------------------------- articles

  private static final List<String> EN_BODY =
      List.of(
          "Write to us in this chat and we will arrange the {a} within {n} working days.",
          "Please keep the {s} in a dry place away from direct sunlight.",
          "You can follow every step in the mobile app or ask us here.",
          "Most clients plan the {a} together with their next water delivery.",
          "We confirm the time the day before, and the courier calls when on the way.",
          "If anything is unclear, our team explains it on the phone.",
          "The {a} usually takes about {n}0 minutes on site.",
          "Keep the original box and the receipt for the {s}.",
          "Our drivers work Monday to Saturday from 8:00 to 20:00.",
          "It works the same way for the {s2}.");
  private static final List<String> RU_BODY =
      List.of(
          "Напишите нам в этот чат, и мы организуем: {a} в течение {n} рабочих дней.",
          "Храните {s} в сухом месте вдали от прямых солнечных лучей.",
          "Каждый шаг можно отследить в мобильном приложении или спросить здесь.",
          "Большинство клиентов планируют {a} вместе со следующей доставкой воды.",
          "Мы подтверждаем время накануне, и курьер звонит, когда выезжает.",
          "Если что-то непонятно, наша команда объяснит по телефону.",
          "{A} обычно занимает около {n}0 минут на месте.",
          "Сохраните оригинальную коробку и чек: {s}.",
          "Наши водители работают с понедельника по субботу с 8:00 до 20:00.",
          "Так же это работает и для позиции {s2}.");
  private static final List<String> PL_BODY =
      List.of(
          "Napisz do nas na tym czacie, a zorganizujemy: {a} w ciągu {n} dni roboczych.",
          "Przechowuj {s} w suchym miejscu, z dala od bezpośredniego światła słonecznego.",
          "Każdy krok możesz śledzić w aplikacji mobilnej albo zapytać tutaj.",
          "Większość klientów planuje {a} razem z kolejną dostawą wody.",
          "Godzinę potwierdzamy dzień wcześniej, a kurier dzwoni, gdy jest w drodze.",
          "Jeśli coś jest niejasne, nasz zespół wyjaśni to przez telefon.",
          "{A} zwykle trwa około {n}0 minut na miejscu.",
          "Zachowaj oryginalne pudełko i paragon: {s}.",
          "Nasi kierowcy pracują od poniedziałku do soboty w godzinach 8:00–20:00.",
          "Tak samo działa to w przypadku pozycji {s2}.");
  private static final List<String> HU_BODY =
      List.of(
          "Írjon nekünk ebben a csevegésben, és {n} munkanapon belül megszervezzük: {a}.",
          "A terméket ({s}) száraz helyen, közvetlen napfénytől távol tárolja.",
          "Minden lépést követhet a mobilalkalmazásban, vagy kérdezzen itt.",
          "A legtöbb ügyfél a következő vízszállítással együtt tervezi: {a}.",
          "Az időpontot előző nap megerősítjük, és a futár telefonál, amikor úton van.",
          "Ha valami nem világos, csapatunk telefonon elmagyarázza.",
          "{A} általában körülbelül {n}0 percet vesz igénybe a helyszínen.",
          "Őrizze meg az eredeti dobozt és a nyugtát: {s}.",
          "Sofőrjeink hétfőtől szombatig 8:00 és 20:00 között dolgoznak.",
          "Ugyanígy működik ez ennél is: {s2}.");

  private static String article(String id, int s, int a, String lang, Random rnd) {
    W subject = SUBJECTS.get(s);
    W verb = ACTION_VERBS.get(a);
    W noun = ACTION_NOUNS.get(a);
    String sj = subject.in(lang);
    String v = verb.in(lang);
    String n = noun.in(lang);
    String title;
    List<String> questions = new ArrayList<>();
    String first;
    switch (lang) {
      case "en" -> {
        title = cap(sj) + ": " + n;
        questions.add("How do I " + v + " the " + sj + "?");
        questions.add("Can you " + v + " my " + sj + "?");
        questions.add(cap(sj) + " " + n);
        first = cap(n) + " of the " + sj + " is done by our own team; here is how it works.";
      }
      case "ru" -> {
        title = cap(sj) + ": " + n;
        questions.add("Как " + v + " " + sj + "?");
        questions.add("Можно ли " + v + " " + sj + "?");
        questions.add(cap(n) + " — " + sj);
        first = cap(n) + " (" + sj + ") — этим занимается наша собственная команда, вот как это работает.";
      }
      case "pl" -> {
        title = cap(sj) + ": " + n;
        questions.add("Jak " + v + " " + sj + "?");
        questions.add("Czy możecie " + v + " " + sj + "?");
        questions.add(cap(n) + " — " + sj);
        first = cap(n) + " (" + sj + ") — zajmuje się tym nasz własny zespół, oto jak to działa.";
      }
      default -> {
        title = cap(sj) + ": " + n;
        questions.add("Hogyan lehet " + v + ": " + sj + "?");
        questions.add("Tudnak segíteni? " + cap(sj) + ", " + n);
        questions.add(cap(sj) + " " + n);
        first = cap(n) + " (" + sj + ") — ezt saját csapatunk végzi, így működik.";
      }
    }
    if (rnd.nextBoolean()) {
      questions.remove(rnd.nextInt(questions.size()));
    }
    List<String> pool =
        switch (lang) {
          case "en" -> EN_BODY;
          case "ru" -> RU_BODY;
          case "pl" -> PL_BODY;
          default -> HU_BODY;
        };
    StringBuilder body = new StringBuilder(first);
    int sentences = 2 + rnd.nextInt(3);
    List<Integer> order = new ArrayList<>();
    for (int k = 0; k < pool.size(); k++) {
      order.add(k);
    }
    java.util.Collections.shuffle(order, rnd);
    String other = SUBJECTS.get(rnd.nextInt(SUBJECTS.size())).in(lang);
    for (int k = 0; k < sentences; k++) {
      body.append(' ')
          .append(
              pool.get(order.get(k))
                  .replace("{A}", cap(n))
                  .replace("{a}", n)
                  .replace("{s2}", other)
                  .replace("{s}", sj)
                  .replace("{n}", Integer.toString(1 + rnd.nextInt(5))));
    }
    StringBuilder md = new StringBuilder("---\n");
    md.append("id: ").append(id).append('\n');
    md.append("language: ").append(lang).append('\n');
    md.append("title: ").append(q(title)).append('\n');
    md.append("questions:\n");
    for (String question : questions) {
      md.append("  - ").append(q(question)).append('\n');
    }
    md.append("tags: [").append(slug(ACTION_NOUNS.get(a).en())).append(", ")
        .append(s < 25 ? "products" : "service").append("]\n");
    md.append("---\n").append(body).append('\n');
    return md.toString();
  }

  // ---------------------------------------------------------------- helpers

  private static void line(StringBuilder y, int indent, String key, String value) {
    y.append("  ".repeat(indent)).append(key).append(": ").append(q(value)).append('\n');
  }

  private static String list(List<String> values) {
    List<String> quoted = new ArrayList<>();
    values.forEach(v -> quoted.add(q(v)));
    return "[" + String.join(", ", quoted) + "]";
  }

  /** A YAML double-quoted scalar. */
  static String q(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  static String slug(String s) {
    String out = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    return out.replaceAll("^-+|-+$", "");
  }

  static String cap(String s) {
    if (s.isEmpty()) {
      return s;
    }
    int cp = s.codePointAt(0);
    return new StringBuilder().appendCodePoint(Character.toUpperCase(cp)).append(s.substring(Character.charCount(cp))).toString();
  }
}
