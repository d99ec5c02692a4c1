package io.frontline.knowledge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Reads {@code articles/<id>.<lang>.md}: YAML front matter between {@code ---} lines, then body. */
final class ArticleFiles {

  private ArticleFiles() {}

  /**
   * A text with where it came from, so cross-checks can point at the file: {@code line} is the
   * line of its id, {@code bodyLine} the line its (stripped) body starts on.
   */
  record Located(String file, int line, Article.Text text, String id, int bodyLine) {}

  static List<Located> read(Path root, Path dir, String defaultLanguage, List<Problem> problems) {
    List<Located> out = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return out;
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    } catch (IOException e) {
      problems.add(Problem.error(rel(root, dir), 1, "", "cannot list: " + e.getMessage()));
      return out;
    }
    for (Path file : files) {
      readOne(root, file, defaultLanguage, problems).ifPresent(out::add);
    }
    return out;
  }

  private static Optional<Located> readOne(
      Path root, Path path, String defaultLanguage, List<Problem> problems) {
    String file = rel(root, path);
    String content;
    try {
      content = Files.readString(path, StandardCharsets.UTF_8).replace("\r\n", "\n");
    } catch (IOException e) {
      problems.add(Problem.error(file, 1, "", "cannot read: " + e.getMessage()));
      return Optional.empty();
    }
    if (content.startsWith("\uFEFF")) {
      content = content.substring(1);
    }
    if (!content.startsWith("---\n")) {
      problems.add(Problem.error(file, 1, "", "must start with a '---' front matter line"));
      return Optional.empty();
    }
    int end = content.indexOf("\n---", 3);
    if (end < 0) {
      problems.add(Problem.error(file, 1, "", "front matter is not closed with a '---' line"));
      return Optional.empty();
    }
    String front = content.substring(4, end + 1);
    int afterFence = content.indexOf('\n', end + 4);
    String rawBody = afterFence < 0 ? "" : content.substring(afterFence + 1);
    String body = rawBody.strip();
    int bodyStart = afterFence + 1 + rawBody.length() - rawBody.stripLeading().length();
    int bodyLine = 1 + (int) content.substring(0, bodyStart).chars().filter(c -> c == '\n').count();
    YamlSource src = YamlSource.parse(file, front, 1, problems, defaultLanguage);
    Optional<String> id = src.slug("/id");
    Optional<String> language = src.string("/language", true);
    Optional<String> title = src.string("/title", true);
    List<String> questions = questions(src, language.orElse(defaultLanguage));
    List<String> tags = src.strings("/tags");
    if (body.isEmpty()) {
      problems.add(Problem.error(file, 1, "body", "the article has no text after the front matter"));
    }
    String name = path.getFileName().toString();
    if (id.isPresent() && language.isPresent()) {
      String expected = id.get() + "." + language.get() + ".md";
      if (!name.equals(expected)) {
        src.warning("/id", "the file should be named " + expected);
      }
    }
    if (id.isEmpty() || language.isEmpty() || title.isEmpty() || body.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Located(
            file,
            src.line("/id"),
            new Article.Text(language.get(), title.get(), questions, tags, body),
            id.get(),
            bodyLine));
  }

  static List<Article> group(
      List<Located> texts, String defaultLanguage, List<Problem> problems) {
    Map<String, Map<String, Article.Text>> byId = new LinkedHashMap<>();
    Map<String, Located> firstSeen = new LinkedHashMap<>();
    for (Located l : texts) {
      Map<String, Article.Text> langs = byId.computeIfAbsent(l.id(), k -> new LinkedHashMap<>());
      firstSeen.putIfAbsent(l.id(), l);
      if (langs.containsKey(l.text().language())) {
        problems.add(
            Problem.error(
                l.file(),
                l.line(),
                "id",
                "duplicate article id '" + l.id() + "' in language " + l.text().language()));
        continue;
      }
      langs.put(l.text().language(), l.text());
    }
    List<Article> out = new ArrayList<>();
    byId.forEach(
        (id, langs) -> {
          if (!langs.containsKey(defaultLanguage)) {
            Located l = firstSeen.get(id);
            problems.add(
                Problem.error(
                    l.file(),
                    l.line(),
                    "language",
                    "article '"
                        + id
                        + "' has no text in the default language '"
                        + defaultLanguage
                        + "' (add "
                        + id
                        + "."
                        + defaultLanguage
                        + ".md)"));
          }
          out.add(new Article(id, langs));
        });
    return out;
  }

  static String rel(Path root, Path p) {
    Path base = root.toAbsolutePath().normalize();
    Path abs = p.toAbsolutePath().normalize();
    Path shown = base.getParent() != null && abs.startsWith(base) ? base.getParent().relativize(abs) : abs;
    return shown.toString().replace('\\', '/');
  }

  /**
   * The article's questions in the file's language. Lists elsewhere in the knowledge may be a map
   * from language to list, so a map is accepted here too: its entry for the file's language is
   * used, and questions in other languages are pointed to their own file.
   */
  private static List<String> questions(YamlSource src, String language) {
    com.fasterxml.jackson.databind.JsonNode node = src.at("/questions");
    if (!node.isObject()) {
      return src.strings("/questions");
    }
    node.fieldNames().forEachRemaining(
        l -> {
          if (!l.equals(language)) {
            src.warning("/questions/" + l, "questions in '" + l + "' belong in this article's ." + l + ".md file; ignored here");
          }
        });
    return node.has(language) ? src.strings("/questions/" + language) : List.of();
  }
}
