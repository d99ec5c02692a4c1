package io.frontline.retrieval;

import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.hu.HungarianAnalyzer;
import org.apache.lucene.analysis.pl.PolishAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.uk.UkrainianMorfologikAnalyzer;

/** Lucene analyzers per language: stemming and stop words differ, so one analyzer cannot serve all. */
final class Analyzers {

  /** Field that every entry gets in every language, unstemmed: numbers and names match across. */
  static final String ANY = "text_any";

  private final Map<String, Analyzer> byLanguage;
  private final Analyzer any = new StandardAnalyzer();

  Analyzers() {
    this.byLanguage =
        Map.of(
            "en", new EnglishAnalyzer(englishStopWords()),
            "ru", new RussianAnalyzer(),
            "uk", new UkrainianMorfologikAnalyzer(),
            "pl", new PolishAnalyzer(),
            "hu", new HungarianAnalyzer(),
            "de", new GermanAnalyzer());
  }

  /**
   * Snowball's English stop list instead of Lucene's default 33 words: clients ask in full
   * questions ("do you sell …", "can I get …"), and words like "do", "you", "can" otherwise count as
   * matches and make an unrelated request look half-answered.
   */
  private static CharArraySet englishStopWords() {
    try (var in = SnowballFilter.class.getResourceAsStream("english_stop.txt");
        var reader = new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8)) {
      CharArraySet words = new CharArraySet(WordlistLoader.getSnowballWordSet(reader), true);
      words.addAll(CONVERSATIONAL_FILLER);
      return words;
    } catch (java.io.IOException | NullPointerException e) {
      return EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
    }
  }

  /**
   * Words of chat that name no topic. Snowball's list is written for documents; clients write
   * "actually I'd prefer the electric one", and "actually", "prefer", "one" must not count as
   * unanswered parts of a request.
   */
  private static final java.util.List<String> CONVERSATIONAL_FILLER =
      java.util.List.of(
          "actually", "prefer", "rather", "instead", "please", "pls", "maybe", "just", "also", "one",
          "ones", "thing", "something", "anything", "like", "want", "wanted", "need", "would",
          "could", "can", "get", "got", "know", "tell", "hi", "hello", "thanks", "i'd", "i'm",
          "you're", "it's", "there's", "what's", "where's", "ok", "okay", "well", "so", "really",
          "come", "seriously", "deal", "guys");

  Optional<Analyzer> forLanguage(String language) {
    return Optional.ofNullable(byLanguage.get(language));
  }

  Analyzer any() {
    return any;
  }

  static String field(String language) {
    return "text_" + language;
  }

  /** Field name -> analyzer, for the index writer. */
  Map<String, Analyzer> perField() {
    Map<String, Analyzer> out = new java.util.HashMap<>();
    byLanguage.forEach((lang, a) -> out.put(field(lang), a));
    out.put(ANY, any);
    return out;
  }
}
