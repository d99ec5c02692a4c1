package io.frontline.retrieval;

import io.frontline.knowledge.Article;
import io.frontline.knowledge.CatalogItem;
import io.frontline.knowledge.Knowledge;
import io.frontline.knowledge.LanguageFallback;
import io.frontline.knowledge.LocalizedList;
import io.frontline.knowledge.LocalizedText;
import io.frontline.knowledge.Partner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * BM25 retrieval over catalog items, articles and partners, in memory. Each entry is indexed once
 * per language it has text in, with that language's analyzer, and once more unstemmed so that
 * numbers and names match whatever the language. BM25 ranks; coverage (see {@link Hit}) says how
 * much of the query an entry answers.
 */
public final class LuceneKnowledgeIndex implements KnowledgeRetriever {

  private static final int CANDIDATES = 40;
  private static final float ANY_BOOST = 0.3f;
  private static final double CROSS_LANGUAGE = 0.6;

  private record Entry(Hit.Kind kind, String id, String language) {}

  private final Analyzers analyzers;
  private final IndexSearcher searcher;
  private final List<Entry> entries;
  private final List<Set<String>> languageTerms;
  private final List<Set<String>> anyTerms;
  private final Map<String, Integer> docsWithField;
  private final Respeller respeller;
  /**
   * Per language, the knowledge's words in that language only: "lunchboxes" is one typo from the
   * German "Lunchboxen", and an English client must not be respelled into German.
   */
  private final Map<String, Respeller> respellers;
  /** Per entry, the terms of what it is about (see {@link #build(Knowledge, Map)}), both analysers'. */
  private final List<Set<String>> headTerms;
  /** Field -> analysed general words (see {@link #build(Knowledge, Map)}). */
  private final Map<String, Set<String>> general;
  /** Lucene doc id -> index into entries, read once at build time instead of once per hit. */
  private final int[] entryOfDoc;

  private LuceneKnowledgeIndex(
      Analyzers analyzers,
      IndexSearcher searcher,
      List<Entry> entries,
      List<Set<String>> languageTerms,
      List<Set<String>> anyTerms,
      Map<String, Integer> docsWithField,
      Respeller respeller,
      int[] entryOfDoc,
      Map<String, Set<String>> general,
      Map<String, Respeller> respellers,
      List<Set<String>> headTerms) {
    this.respellers = respellers;
    this.headTerms = headTerms;
    this.general = general;
    this.respeller = respeller;
    this.entryOfDoc = entryOfDoc;
    this.analyzers = analyzers;
    this.searcher = searcher;
    this.entries = entries;
    this.languageTerms = languageTerms;
    this.anyTerms = anyTerms;
    this.docsWithField = docsWithField;
  }

  public static LuceneKnowledgeIndex build(Knowledge knowledge) {
    return build(knowledge, Map.of());
  }

  /**
   * @param generalWords per language, words of how clients talk (not what they ask about): when
   *     the knowledge does not contain one, it does not count against a match
   */
  public static LuceneKnowledgeIndex build(Knowledge knowledge, Map<String, Set<String>> generalWords) {
    Analyzers analyzers = new Analyzers();
    Map<Entry, String> texts = new LinkedHashMap<>();
    // What each entry is about, apart from what it says: an item's name and aliases, an article's
    // title, questions and tags, a partner's trades.
    Map<Entry, String> heads = new HashMap<>();
    for (CatalogItem item : knowledge.catalog().items()) {
      for (String lang : languages(item.name(), item.description(), item.aliases())) {
        heads.put(new Entry(Hit.Kind.ITEM, item.id(), lang), join(item.name().exactly(lang).orElse(""), String.join(". ", item.aliases().in(lang))));
        texts.put(
            new Entry(Hit.Kind.ITEM, item.id(), lang),
            join(
                item.name().exactly(lang).orElse(""),
                String.join(". ", item.aliases().in(lang)),
                item.description().exactly(lang).orElse("")));
      }
    }
    for (Article article : knowledge.articles()) {
      article.byLanguage().forEach(
          (lang, t) -> {
            heads.put(new Entry(Hit.Kind.ARTICLE, article.id(), lang), join(t.title(), String.join(". ", t.questions()), String.join(" ", t.tags())));
            texts.put(
                new Entry(Hit.Kind.ARTICLE, article.id(), lang),
                join(t.title(), String.join(". ", t.questions()), String.join(" ", t.tags()), t.body()));
          });
    }
    for (Partner partner : knowledge.partners()) {
      for (String lang : languages(partner.name(), partner.description(), partner.covers())) {
        heads.put(new Entry(Hit.Kind.PARTNER, partner.id(), lang), String.join(". ", partner.covers().in(lang)));
        texts.put(
            new Entry(Hit.Kind.PARTNER, partner.id(), lang),
            join(
                String.join(". ", partner.covers().in(lang)),
                partner.description().exactly(lang).orElse("")));
      }
    }
    try {
      ByteBuffersDirectory dir = new ByteBuffersDirectory();
      PerFieldAnalyzerWrapper perField =
          new PerFieldAnalyzerWrapper(analyzers.any(), analyzers.perField());
      List<Entry> entries = new ArrayList<>();
      List<Set<String>> langTerms = new ArrayList<>();
      List<Set<String>> anyTerms = new ArrayList<>();
      Map<String, Integer> docsWithField = new HashMap<>();
      try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(perField))) {
        for (Map.Entry<Entry, String> e : texts.entrySet()) {
          Entry entry = e.getKey();
          String text = e.getValue();
          Document doc = new Document();
          doc.add(new StringField("doc", Integer.toString(entries.size()), Field.Store.YES));
          analyzers
              .forLanguage(entry.language())
              .ifPresentOrElse(
                  a -> {
                    doc.add(new TextField(Analyzers.field(entry.language()), text, Field.Store.NO));
                    langTerms.add(new HashSet<>());
                    docsWithField.merge(Analyzers.field(entry.language()), 1, Integer::sum);
                  },
                  () -> langTerms.add(Set.of()));
          doc.add(new TextField(Analyzers.ANY, text, Field.Store.NO));
          anyTerms.add(new HashSet<>());
          docsWithField.merge(Analyzers.ANY, 1, Integer::sum);
          entries.add(entry);
          writer.addDocument(doc);
        }
      }
      IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(dir));
      int maxDoc = searcher.getIndexReader().maxDoc();
      int[] entryOfDoc = new int[maxDoc];
      org.apache.lucene.index.StoredFields stored = searcher.storedFields();
      for (int d = 0; d < maxDoc; d++) {
        entryOfDoc[d] = Integer.parseInt(stored.document(d).get("doc"));
      }
      // Each entry's terms, read back from the postings instead of analysing every text twice.
      for (org.apache.lucene.index.LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
        for (org.apache.lucene.index.FieldInfo fi : leaf.reader().getFieldInfos()) {
          if (!fi.name.startsWith("text_")) {
            continue;
          }
          List<Set<String>> sets = fi.name.equals(Analyzers.ANY) ? anyTerms : langTerms;
          org.apache.lucene.index.TermsEnum te = leaf.reader().terms(fi.name).iterator();
          org.apache.lucene.index.PostingsEnum pe = null;
          for (org.apache.lucene.util.BytesRef br = te.next(); br != null; br = te.next()) {
            String term = br.utf8ToString();
            pe = te.postings(pe, org.apache.lucene.index.PostingsEnum.NONE);
            for (int d = pe.nextDoc(); d != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
              sets.get(entryOfDoc[leaf.docBase + d]).add(term);
            }
          }
        }
      }
      List<Set<String>> headTerms = new ArrayList<>();
      for (Entry e : entries) {
        String head = heads.getOrDefault(e, "");
        Set<String> t = new HashSet<>(terms(analyzers.any(), head));
        analyzers.forLanguage(e.language()).ifPresent(a -> t.addAll(terms(a, head)));
        headTerms.add(Set.copyOf(t));
      }
      Map<String, Set<String>> general = new HashMap<>();
      generalWords.forEach(
          (lang, words) -> {
            String joined = String.join(" ", words);
            analyzers.forLanguage(lang).ifPresent(a -> general.put(Analyzers.field(lang), Set.copyOf(terms(a, joined))));
            general.computeIfAbsent(Analyzers.ANY, k -> new HashSet<>()).addAll(terms(analyzers.any(), joined));
          });
      return new LuceneKnowledgeIndex(
          analyzers, searcher, List.copyOf(entries), langTerms, anyTerms, docsWithField, Respeller.of(texts.values()), entryOfDoc, general,
          respellers(texts), headTerms);
    } catch (IOException e) {
      throw new UncheckedIOException("building the in-memory index failed", e);
    }
  }

  private static Map<String, Respeller> respellers(Map<Entry, String> texts) {
    Map<String, List<String>> byLanguage = new HashMap<>();
    texts.forEach((e, t) -> byLanguage.computeIfAbsent(e.language(), k -> new ArrayList<>()).add(t));
    Map<String, Respeller> out = new HashMap<>();
    byLanguage.forEach((lang, list) -> out.put(lang, Respeller.of(list)));
    return Map.copyOf(out);
  }

  @Override
  public List<Hit> search(String asTyped, String clientLanguage, int limit) {
    // A Ukrainian client of a company that writes Russian (or the reverse) shares many stems with
    // it; read with the sibling's analyzer, the request meets the knowledge in its own language.
    String language =
        docsWithField.containsKey(Analyzers.field(clientLanguage))
            ? clientLanguage
            : LanguageFallback.sibling(clientLanguage)
                .filter(s -> docsWithField.containsKey(Analyzers.field(s)))
                .orElse(clientLanguage);
    String text = respellers.getOrDefault(language, respeller).respell(asTyped);
    Analyzer langAnalyzer = analyzers.forLanguage(language).orElse(null);
    String langField = Analyzers.field(language);
    List<String> langQuery = langAnalyzer == null ? List.of() : List.copyOf(terms(langAnalyzer, text));
    List<String> anyQuery = List.copyOf(terms(analyzers.any(), text));
    if (langQuery.isEmpty() && anyQuery.isEmpty()) {
      return List.of();
    }
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    langQuery.forEach(t -> q.add(new TermQuery(new Term(langField, t)), BooleanClause.Occur.SHOULD));
    anyQuery.forEach(
        t ->
            q.add(
                new BoostQuery(new TermQuery(new Term(Analyzers.ANY, t)), ANY_BOOST),
                BooleanClause.Occur.SHOULD));
    TopDocs top;
    try {
      top = searcher.search(q.build(), CANDIDATES);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // Per query term, once per search (not once per candidate): document frequency and IDF.
    int[] langDf = docFreqs(langQuery, langField);
    int[] anyDf = docFreqs(anyQuery, Analyzers.ANY);
    Set<String> shortWords = shortWords(text);
    double[] langIdf =
        withoutGeneral(withoutStrayLetters(idfs(langDf, langField), langQuery, shortWords), langQuery, general.getOrDefault(langField, Set.of()));
    double[] anyIdf =
        withoutGeneral(withoutStrayLetters(idfs(anyDf, Analyzers.ANY), anyQuery, shortWords), anyQuery, general.getOrDefault(Analyzers.ANY, Set.of()));
    int langUnknown = unknown(langDf, langIdf);
    int anyUnknown = unknown(anyDf, anyIdf);
    Map<String, Hit> best = new LinkedHashMap<>();
    for (ScoreDoc sd : top.scoreDocs) {
      int n = docNumber(sd.doc);
      Entry entry = entries.get(n);
      // In the client's language the stemmed, stop-word-free terms decide. The unstemmed field
      // only bridges languages (numbers, names), and counts less: "do you" must not look like a match.
      boolean sameLanguage = entry.language().equals(language) && langAnalyzer != null;
      List<String> query = sameLanguage ? langQuery : anyQuery;
      Set<String> entryTerms = sameLanguage ? languageTerms.get(n) : anyTerms.get(n);
      double coverage = coverage(query, sameLanguage ? langIdf : anyIdf, entryTerms);
      if (!sameLanguage) {
        coverage *= CROSS_LANGUAGE;
      }
      int matched = (int) query.stream().filter(entryTerms::contains).count();
      double[] weights = sameLanguage ? langIdf : anyIdf;
      int matchedHead = 0;
      for (int i = 0; i < query.size(); i++) {
        if (weights[i] > 0 && entryTerms.contains(query.get(i)) && headTerms.get(n).contains(query.get(i))) {
          matchedHead++;
        }
      }
      int unknown = sameLanguage ? langUnknown : anyUnknown;
      Hit hit =
          new Hit(entry.kind(), entry.id(), sd.score, coverage, entry.language(), matched, query.size(), unknown, matchedHead);
      String key = entry.kind() + ":" + entry.id();
      Hit prev = best.get(key);
      if (prev == null || better(hit, prev)) {
        best.put(key, hit);
      }
    }
    return best.values().stream()
        .sorted(Comparator.comparingDouble(Hit::coverage).thenComparingDouble(Hit::score).reversed())
        .limit(limit)
        .toList();
  }

  /**
   * Single letters of the text itself (not stems), without digits. Two letters were tried and
   * dropped: "Wi-Fi" is two of them, and a hotel's free Wi-Fi became a free cooler rental.
   */
  private static Set<String> shortWords(String text) {
    Set<String> out = new HashSet<>();
    List<String> words = io.frontline.text.Words.of(text);
    Set<String> units = new HashSet<>();
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      if (w.codePointCount(0, w.length()) == 1 && w.chars().noneMatch(Character::isDigit)) {
        // "19 l": a letter after a number is a unit, and means what the knowledge means by it.
        boolean afterNumber = i > 0 && !words.get(i - 1).isEmpty() && words.get(i - 1).chars().allMatch(Character::isDigit);
        (afterNumber ? units : out).add(w);
      }
    }
    out.removeAll(units);
    return out;
  }

  private static int unknown(int[] df, double[] idf) {
    int n = 0;
    for (int i = 0; i < df.length; i++) {
      if (df[i] == 0 && idf[i] > 0) {
        n++;
      }
    }
    return n;
  }

  private static boolean better(Hit a, Hit b) {
    return a.coverage() > b.coverage() || (a.coverage() == b.coverage() && a.score() > b.score());
  }

  private int docNumber(int luceneDoc) {
    return entryOfDoc[luceneDoc];
  }

  private int[] docFreqs(List<String> query, String field) {
    int[] df = new int[query.size()];
    for (int i = 0; i < df.length; i++) {
      df[i] = docFreq(field, query.get(i));
    }
    return df;
  }

  private double[] idfs(int[] dfs, String field) {
    int n = docsWithField.getOrDefault(field, 0);
    double[] w = new double[dfs.length];
    for (int i = 0; i < w.length; i++) {
      int df = Math.max(1, dfs[i]);
      w[i] = Math.log(1 + (n - df + 0.5) / (df + 0.5));
    }
    return w;
  }

  /**
   * "how much r u open?": a single letter is chat shorthand, a stray letter or a conjunction, not
   * what a request is about, so it weighs nothing even where the knowledge uses it: the Polish
   * "a" (and) is in most entries and made "a u fryzjera … zapisać?" look like two words matched.
   * Numbers keep their weight: "19" in a request is a size or a model.
   */
  private static double[] withoutStrayLetters(double[] idf, List<String> query, Set<String> shortWords) {
    for (int i = 0; i < idf.length; i++) {
      if (shortWords.contains(query.get(i))) {
        idf[i] = 0;
      }
    }
    return idf;
  }

  /**
   * "macie jeszcze tą maskę? chciałam kupić": words of how people talk weigh nothing, whether the
   * knowledge happens to use them or not. Only the words about something can be missing from an
   * answer, and only they make one.
   */
  private static double[] withoutGeneral(double[] idf, List<String> query, Set<String> general) {
    for (int i = 0; i < idf.length; i++) {
      if (general.contains(query.get(i))) {
        idf[i] = 0;
      }
    }
    return idf;
  }

  /** IDF-weighted share of query terms present in the entry. Unknown terms weigh the most. */
  private static double coverage(List<String> query, double[] idf, Set<String> entryTerms) {
    if (query.isEmpty()) {
      return 0;
    }
    double total = 0;
    double matched = 0;
    for (int i = 0; i < idf.length; i++) {
      double w = idf[i];
      total += w;
      if (entryTerms.contains(query.get(i))) {
        matched += w;
      }
    }
    return total == 0 ? 0 : matched / total;
  }

  /**
   * BM25's IDF, except that a word the knowledge never uses weighs like its rarest word: an
   * unknown word still counts against a match ("car tyres" are not ours), but filler the knowledge
   * happens not to contain ("actually", "prefer") does not outweigh the words that do match.
   */
  private double idf(String field, String term) {
    int n = docsWithField.getOrDefault(field, 0);
    int df = Math.max(1, docFreq(field, term));
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  private int docFreq(String field, String term) {
    try {
      return searcher.getIndexReader().docFreq(new Term(field, term));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Set<String> terms(Analyzer analyzer, String text) {
    Set<String> out = new LinkedHashSet<>();
    try (TokenStream ts = analyzer.tokenStream("t", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static Set<String> languages(Object... fields) {
    Set<String> langs = new TreeSet<>();
    for (Object f : fields) {
      if (f instanceof LocalizedText t) {
        langs.addAll(t.languages());
      } else if (f instanceof LocalizedList l) {
        langs.addAll(l.languages());
      }
    }
    return langs;
  }

  private static String join(String... parts) {
    StringBuilder sb = new StringBuilder();
    for (String p : parts) {
      if (!p.isBlank()) {
        sb.append(p).append(". ");
      }
    }
    return sb.toString();
  }

  int size() {
    return new HashSet<>(entries).size();
  }
}
