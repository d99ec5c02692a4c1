package io.frontline.telegram;

import io.frontline.news.NewsDesk;
import io.frontline.wording.Phrasebook;
import java.util.List;

/**
 * News as the outbox sends it: the text with one button under it to unsubscribe, labelled in the
 * client's language ({@code news_unsubscribe_button} in prompts/).
 */
public final class NewsLetters {

  private NewsLetters() {}

  public static NewsDesk.Letter withUnsubscribeButton(Phrasebook phrases) {
    return (chat, text, language, dedupKey) ->
        OutboxPayload.text(
            chat,
            new OutboxPayload.Text(
                text,
                List.of(List.of(new OutboxPayload.Button(
                    phrases.say(language, "news_unsubscribe_button"), NewsSubscriptions.UNSUBSCRIBE_BUTTON)))),
            dedupKey);
  }
}
