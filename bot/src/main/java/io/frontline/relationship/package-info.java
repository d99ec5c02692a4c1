/**
 * The client's history with the company as the decision core sees it (orders, answers to
 * suggestions), and the rules that decide when a suggestion fits the relationship. Pure: the store
 * reads the history, the core only reasons about it.
 */
package io.frontline.relationship;
