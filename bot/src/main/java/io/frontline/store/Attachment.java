package io.frontline.store;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a client sent besides text, as the transcript keeps it for the person who takes over.
 *
 * @param kind the message field as Telegram names it: "photo", "document", "voice", "video",
 *     "sticker", "contact", "location", "venue", ...
 * @param reference for a file, its {@code file_id} (what sendPhoto, sendDocument... take to send it
 *     again); otherwise what a person reads: the contact ("Anna Kowalska +48..."), the place
 *     ("52.23,21.01", "Title, address"); empty when Telegram gave nothing usable
 */
public record Attachment(String kind, String reference) {

  /** The message fields that carry a file Telegram keeps, by {@code file_id}. */
  public static final Set<String> FILE_KINDS =
      Set.of("photo", "sticker", "animation", "video_note", "video", "voice", "audio", "document");

  public Attachment {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(reference, "reference");
    if (kind.isBlank() || kind.indexOf(':') >= 0) {
      throw new IllegalArgumentException("kind must be a Telegram field name, was '" + kind + "'");
    }
  }

  /** The {@code file_id} when this is a file Telegram keeps; empty for contacts, places and the like. */
  public Optional<String> fileId() {
    return FILE_KINDS.contains(kind) && !reference.isEmpty() ? Optional.of(reference) : Optional.empty();
  }

  /**
   * Reads the version-1 form {@code kind:reference} ("photo:AgAC...", "location:52.23,21.01"), or a
   * bare kind ("photo").
   */
  static Attachment parseLegacy(String kindAndReference) {
    int colon = kindAndReference.indexOf(':');
    return colon < 0
        ? new Attachment(kindAndReference, "")
        : new Attachment(kindAndReference.substring(0, colon), kindAndReference.substring(colon + 1));
  }
}
