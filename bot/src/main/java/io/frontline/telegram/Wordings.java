package io.frontline.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.frontline.decision.ClientInfo;
import io.frontline.knowledge.Knowledge;
import io.frontline.wording.Phrasebook;
import io.frontline.wording.Signal;
import io.frontline.wording.WordingLoader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The transport's own words, all from prompts/ and the knowledge: the phrases for commands, media
 * and flood, the language buttons, and the client phrase a button or command stands for
 * ({@code /human} is read as the lexicon's first "I want a person" phrase in the client's language).
 */
final class Wordings {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  /** Each language's name in itself, for the /language buttons. */
  private static final Map<String, String> NATIVE_NAMES =
      Map.of(
          "en", "English", "ru", "Русский", "uk", "Українська", "pl", "Polski", "hu", "Magyar",
          "de", "Deutsch");

  /** The knowledge answering now: a hot reload replaces it (staff, partners, the company). */
  private final Supplier<Knowledge> knowledgeNow;
  private final Phrasebook phrases;
  private final List<String> spoken;
  private final Map<String, Map<Signal, String>> signalPhrases;

  Wordings(Supplier<Knowledge> knowledge, Phrasebook phrases, WordingLoader.Source prompts) {
    this.knowledgeNow = knowledge;
    this.phrases = phrases;
    List<String> langs = new ArrayList<>(phrases.languages());
    langs.sort(null);
    // The company's default language first, then the company's own order, then the rest.
    List<String> ordered = new ArrayList<>();
    for (String l : knowledgeNow.get().company().languages()) {
      if (langs.contains(l) && !ordered.contains(l)) {
        ordered.add(l);
      }
    }
    for (String l : langs) {
      if (!ordered.contains(l)) {
        ordered.add(l);
      }
    }
    this.spoken = List.copyOf(ordered);
    this.signalPhrases = loadSignals(prompts, spoken);
  }

  List<String> spoken() {
    return spoken;
  }

  boolean speaks(String language) {
    return spoken.contains(language);
  }

  String nativeName(String language) {
    return NATIVE_NAMES.getOrDefault(language, language.toUpperCase(Locale.ROOT));
  }

  String defaultLanguage() {
    return knowledgeNow.get().defaultLanguage();
  }

  /** The language to use with a client: the conversation's, else their app's, else the company's. */
  String languageFor(Optional<String> conversation, ClientInfo client) {
    return conversation
        .filter(this::speaks)
        .or(() -> client.languageCode().map(l -> l.length() > 2 ? l.substring(0, 2) : l).filter(this::speaks))
        .orElse(knowledgeNow.get().defaultLanguage());
  }

  String say(String lang, String key) {
    return phrases.say(lang, key, common(lang));
  }

  /** A phrase with arguments of its own besides {company} and {about}. */
  String phrase(String lang, String key, Map<String, String> args) {
    Map<String, String> all = new HashMap<>(common(lang));
    all.putAll(args);
    return phrases.say(lang, key, all);
  }

  /** A person's name and role in the client's language. */
  String staffName(String staffId, String lang) {
    return knowledgeNow.get().staffMember(staffId).map(s -> s.name().in(lang, knowledgeNow.get().defaultLanguage())).orElse(staffId);
  }

  String staffRole(String staffId, String lang) {
    return knowledgeNow.get().staffMember(staffId).map(s -> s.role().in(lang, knowledgeNow.get().defaultLanguage())).orElse("");
  }

  String greeting(String lang, Optional<String> firstName) {
    Map<String, String> args = new HashMap<>(common(lang));
    args.put("name", firstName.filter(n -> !n.isBlank()).map(n -> ", " + n.strip()).orElse(""));
    return phrases.say(lang, "greeting", args);
  }

  String partnerName(String partnerId, String lang) {
    return knowledgeNow.get()
        .partner(partnerId)
        .map(p -> p.name().in(lang, knowledgeNow.get().defaultLanguage()))
        .orElse(partnerId);
  }

  String warmLeadButton(String partnerId, String lang) {
    return phrases.say(lang, "warm_lead_button", Map.of("partner", partnerName(partnerId, lang)));
  }

  /** What a client says in {@code lang} to mean {@code signal}, for a command or a button. */
  String clientPhrase(Signal signal, String lang) {
    return Optional.ofNullable(signalPhrases.getOrDefault(lang, Map.of()).get(signal))
        .or(() -> Optional.ofNullable(signalPhrases.getOrDefault(knowledgeNow.get().defaultLanguage(), Map.of()).get(signal)))
        .or(() -> Optional.ofNullable(signalPhrases.getOrDefault("en", Map.of()).get(signal)))
        .orElse(signal == Signal.HUMAN ? "operator" : signal == Signal.NO ? "no" : "yes");
  }

  /** A phrase of the bot's own with no placeholders (button labels). */
  String plain(String lang, String key) {
    return phrases.say(lang, key);
  }

  private Map<String, String> common(String lang) {
    String fallback = knowledgeNow.get().defaultLanguage();
    return Map.of(
        "company", knowledgeNow.get().company().name().in(lang, fallback),
        "about", knowledgeNow.get().company().about().in(lang, fallback));
  }

  private static Map<String, Map<Signal, String>> loadSignals(WordingLoader.Source source, List<String> langs) {
    Map<String, Map<Signal, String>> out = new HashMap<>();
    for (String lang : langs) {
      Map<Signal, String> bySignal = new HashMap<>();
      try {
        Optional<String> text = source.read("signals/" + lang + ".yaml");
        if (text.isPresent()) {
          Map<?, ?> map = YAML.readValue(text.get(), Map.class);
          for (Signal s : List.of(Signal.HUMAN, Signal.YES, Signal.NO)) {
            Object list = map == null ? null : map.get(s.key());
            if (list instanceof List<?> l && !l.isEmpty()) {
              // Wildcards ("скидк*") are for matching, not for saying.
              l.stream()
                  .map(String::valueOf)
                  .filter(p -> !p.contains("*"))
                  .findFirst()
                  .ifPresent(p -> bySignal.put(s, p));
            }
          }
        }
      } catch (IOException | RuntimeException e) {
        // `frontline check` reports broken prompts; here a missing phrase falls back.
      }
      out.put(lang, bySignal);
    }
    return out;
  }
}
