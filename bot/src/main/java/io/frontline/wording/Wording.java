package io.frontline.wording;

/** The bot's own phrases and the lexicon of what clients say. */
public record Wording(Phrasebook phrases, SignalLexicon signals) {}
