package io.frontline.llm;

import dev.langchain4j.model.output.structured.Description;
import java.util.List;

/**
 * What the model answers for one client message: the same parts as a
 * {@link io.frontline.decision.Decision}, so scenarios and statistics read both engines alike.
 * Everything here is checked before it is used: ids against what the tools returned this turn,
 * the reply against every guard.
 */
public record ModelDecision(
    @Description("answer|clarify|refer|decline|escalate") String action,
    @Description("the message to the client") String reply,
    @Description("ids of the entries used") List<String> knowledgeIds,
    @Description("partner id, for refer") String partner,
    @Description("person id, for escalate") String staff) {

  public ModelDecision {
    knowledgeIds = knowledgeIds == null ? List.of() : List.copyOf(knowledgeIds.stream().filter(s -> s != null && !s.isBlank()).toList());
  }
}
