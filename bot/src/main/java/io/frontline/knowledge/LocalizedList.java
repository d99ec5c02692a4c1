package io.frontline.knowledge;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** A list of client-facing phrases per language (aliases, partner coverage). Immutable. */
public record LocalizedList(Map<String, List<String>> byLanguage) {

  public static final LocalizedList EMPTY = new LocalizedList(Map.of());

  public LocalizedList {
    byLanguage =
        byLanguage.entrySet().stream()
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> List.copyOf(e.getValue())));
  }

  public List<String> in(String language) {
    return byLanguage.getOrDefault(language, List.of());
  }

  public Set<String> languages() {
    return byLanguage.keySet();
  }
}
