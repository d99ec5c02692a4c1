package io.frontline.llm;

import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import dev.langchain4j.agent.tool.ToolMemoryId;
import io.frontline.decision.StaffRouter;
import io.frontline.knowledge.Knowledge;
import io.frontline.knowledge.StaffMember;
import io.frontline.text.CleanText;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The bot's real capabilities, as tools for the model. Each is a thin adapter over the code that
 * keeps the rules: the search returns only what the knowledge says, the hand-over's person is
 * chosen by the staff router (topic, language, hours, key clients), never by the model.
 */
final class FrontDeskTools {

  static final Set<String> TOPICS = Set.of("complaint", "refund", "legal", "corporate", "delivery-problem", "general");
  static final Set<String> SOURCES = Set.of("friend", "search", "map", "ad", "already-client", "wrong-number", "other");
  private static final int SEARCH_RESULTS = 2;

  private final Turns turns;
  private final KnowledgeCards cards;
  private final StaffRouter router;
  private final Knowledge knowledge;

  FrontDeskTools(Turns turns, KnowledgeCards cards, Knowledge knowledge) {
    this.turns = turns;
    this.cards = cards;
    this.router = new StaffRouter(knowledge);
    this.knowledge = knowledge;
  }

  @Tool("Search our products, prices, articles and partners. Returns [id] text.")
  String searchKnowledge(@ToolMemoryId Object chat, @P("what to look for") String query) {
    Turn turn = turns.active(chat);
    turn.tools.add("searchKnowledge");
    List<KnowledgeCards.Card> found = cards.search(clean(query), turn.language, SEARCH_RESULTS, false);
    turn.handedOut(found);
    return KnowledgeCards.render(found);
  }

  @Tool("Find a trusted partner for a request we do not handle. Returns [id] text with contact.")
  String findPartner(@ToolMemoryId Object chat, @P("the request") String request) {
    Turn turn = turns.active(chat);
    turn.tools.add("findPartner");
    List<KnowledgeCards.Card> found = cards.search(clean(request), turn.language, 2, true);
    turn.handedOut(found);
    return found.isEmpty() ? "(no partner covers this: decline warmly and say what we do)" : KnowledgeCards.render(found);
  }

  @Tool("Hand the chat to a named colleague, who takes over here. Returns who and when.")
  String handOver(
      @ToolMemoryId Object chat,
      @P("complaint|refund|legal|corporate|delivery-problem|general") String topic,
      @P("why") String reason,
      @P("2-3 sentences for the colleague") String summary) {
    Turn turn = turns.active(chat);
    turn.tools.add("handOver");
    String t = topic == null ? "general" : topic.strip().toLowerCase(Locale.ROOT);
    if (!TOPICS.contains(t)) {
      t = "general";
    }
    StaffRouter.Choice choice = router.choose(t, turn.language, turn.message.at(), turn.message.client());
    StaffMember s = choice.staff();
    turn.handover = Optional.of(new Turn.Handover(s.id(), t, clean(reason), clean(summary)));
    String name = s.name().in(turn.language, knowledge.defaultLanguage());
    LocalDateTime next = choice.nextOnDuty();
    return "[" + s.id() + "] " + name + " (" + s.role().in(turn.language, knowledge.defaultLanguage()) + ") takes over in this chat, "
        + (choice.onDuty() ? "on duty now, answers within minutes." : "off duty; back " + next.getDayOfWeek().toString().toLowerCase(Locale.ROOT) + " " + next.toLocalTime() + ".")
        + " Name them; staff=" + s.id() + ".";
  }

  @Tool("Record how the client heard of us.")
  String recordContactSource(
      @ToolMemoryId Object chat,
      @P("friend|search|map|ad|already-client|wrong-number|other") String source) {
    Turn turn = turns.active(chat);
    turn.tools.add("recordContactSource");
    String s = source == null ? "other" : source.strip().toLowerCase(Locale.ROOT);
    turn.contactSource = Optional.of(SOURCES.contains(s) ? s : "other");
    return "recorded";
  }

  private static String clean(String s) {
    return s == null ? "" : CleanText.of(s).text();
  }
}
