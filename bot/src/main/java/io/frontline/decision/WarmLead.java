package io.frontline.decision;

/**
 * Passing a client's request to a partner ourselves, instead of handing the client a phone number.
 * Offered first; only once the client agrees does anything about the client leave the company.
 *
 * @param partner the partner's id
 * @param request what the client asked for, in their words as the engine read them
 * @param agreed whether the client has agreed to the note being sent
 * @param partnerChat the partner's Telegram chat, where the note goes
 * @param note the note to the partner, written once the client agreed; empty before
 */
public record WarmLead(String partner, String request, boolean agreed, long partnerChat, String note) {

  public static WarmLead offer(String partner, String request, long partnerChat) {
    return new WarmLead(partner, request, false, partnerChat, "");
  }

  public WarmLead agree(String note) {
    return new WarmLead(partner, request, true, partnerChat, note);
  }
}
