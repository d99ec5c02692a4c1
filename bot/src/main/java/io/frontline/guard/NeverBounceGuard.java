package io.frontline.guard;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.frontline.decision.Decision;
import io.frontline.knowledge.Knowledge;
import io.frontline.text.PhraseMatcher;
import io.frontline.text.Words;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Refuses any reply that sends the client elsewhere in the company (another department, a phone
 * line, an e-mail, "see our website") or leaves them at a dead end ("I can't help"), in every
 * language the bot speaks. The only outward pointer allowed is the contact of the partner the
 * decision names; the named person who takes over does so in this same chat.
 */
public final class NeverBounceGuard implements ReplyGuard {

  public static final String NAME = "never-bounce";
  private static final String RESOURCE = "guard/bounce.yaml";

  private final PhraseMatcher<String> bounces;
  private final Knowledge knowledge;

  public NeverBounceGuard(Map<String, List<String>> patternsByLanguage, Knowledge knowledge) {
    PhraseMatcher.Builder<String> b = PhraseMatcher.builder();
    patternsByLanguage.forEach((lang, list) -> list.forEach(p -> b.add(lang, p)));
    this.bounces = b.build();
    this.knowledge = knowledge;
  }

  /** The guard with the patterns shipped in the jar. */
  public static NeverBounceGuard withBuiltInPatterns(Knowledge knowledge) {
    try (InputStream in = NeverBounceGuard.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the jar");
      }
      Map<String, List<String>> patterns =
          new ObjectMapper(new YAMLFactory()).readValue(in, new TypeReference<>() {});
      return new NeverBounceGuard(patterns, knowledge);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public Verdict check(Decision decision) {
    return find(withoutPartnerContact(decision))
        .map(m -> Verdict.reject(NAME, "sends the client elsewhere: \"" + m.phrase() + "\" (" + m.tag() + ")"))
        .orElse(Verdict.PASS);
  }

  /** The first bounce phrase in {@code text}, if any; a sentence giving the company's own line is not one. */
  public Optional<PhraseMatcher.Match<String>> find(String text) {
    return bounces.findFirst(Words.of(withoutOwnLines(text)));
  }

  /**
   * "At night, call our on-call vet on +36 30 123 4567": the company's own line, listed in
   * company.yaml, is the company serving the client, not sending them elsewhere. Only the sentence
   * that gives it is let through; a bounce elsewhere in the reply is still refused.
   */
  private String withoutOwnLines(String text) {
    List<String> own = knowledge.company().ownContacts();
    if (own.isEmpty()) {
      return text;
    }
    StringBuilder kept = new StringBuilder();
    for (String sentence : io.frontline.text.Sentences.of(text)) {
      if (own.stream().noneMatch(sentence::contains)) {
        kept.append(sentence).append(' ');
      }
    }
    return kept.toString();
  }

  private String withoutPartnerContact(Decision d) {
    String text = d.reply();
    if (d.partner().isPresent()) {
      var partner = knowledge.partner(d.partner().get());
      if (partner.isPresent()) {
        for (String contact : partner.get().contact().byLanguage().values()) {
          text = text.replace(contact, " ");
        }
      }
    }
    return text;
  }
}
