package io.frontline.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.frontline.app.Frontline;
import io.frontline.conversation.ChatId;
import io.frontline.conversation.Conversations;
import io.frontline.decision.Action;
import io.frontline.decision.ClientInfo;
import io.frontline.decision.ClientMessage;
import io.frontline.decision.Decision;
import io.frontline.guard.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Real client material written by others (../shared/eval-data, see its README): the bot must never
 * crash or go silent on it, must hand complaints and "I want a human" to a person, and must not
 * pretend to answer what the company does not do. Thresholds sit a little under what we measured;
 * each test prints its figures.
 */
class EvalDataTest {

  private static final Path UTTERANCES = Path.of("../../shared/eval-data/utterances");
  /** Tuesday 11:00 in Uzhhorod: staff on duty, so hand-overs are deterministic. */
  private static final Instant AT = Instant.parse("2026-11-24T09:00:00Z");

  private static Frontline frontline;

  @BeforeAll
  static void load() {
    frontline = Frontline.load(Path.of("../knowledge"), Optional.of(Path.of("../prompts")));
  }

  private record Row(String text, String label) {}

  private static List<Row> tsv(String file, Predicate<String> label) throws IOException {
    Path p = UTTERANCES.resolve(file);
    assumeTrue(Files.exists(p), "eval data not present: " + p);
    List<Row> rows = new ArrayList<>();
    List<String> lines = Files.readAllLines(p);
    for (String line : lines.subList(1, lines.size())) {
      String[] cols = line.split("\t");
      if (cols.length >= 2 && label.test(cols[1].trim())) {
        rows.add(new Row(cols[0].trim(), cols[1].trim()));
      }
    }
    return rows;
  }

  /** Each utterance as the first message of its own conversation. */
  private static List<Decision> decide(List<String> texts, String languageCode) {
    List<Decision> out = new ArrayList<>();
    long chat = 1;
    for (String t : texts) {
      Conversations c = frontline.conversations(r -> {});
      ClientInfo client = new ClientInfo(Optional.empty(), Optional.empty(), Optional.empty(), Optional.ofNullable(languageCode));
      out.add(c.handle(new ChatId(chat++), new ClientMessage(t, client, AT)));
    }
    return out;
  }

  private static double share(List<Decision> ds, Set<Action> actions) {
    return ds.stream().filter(d -> actions.contains(d.action())).count() / (double) ds.size();
  }

  private static void neverSilentNorRuleBreaking(List<Decision> ds) {
    for (Decision d : ds) {
      assertThat(d.reply()).isNotBlank();
      Verdict v = frontline.guards().check(d);
      assertThat(v.passed()).as("%s: %s", v.reason(), d.reply()).isTrue();
    }
  }

  private static void report(String what, List<String> texts, List<Decision> ds, Set<Action> expected) {
    System.out.printf(Locale.ROOT, "%s: %.1f%% of %d%n", what, 100 * share(ds, expected), ds.size());
    for (int i = 0; i < ds.size(); i++) {
      if (!expected.contains(ds.get(i).action())) {
        System.out.printf("  %-8s %s%n", ds.get(i).action().key(), texts.get(i));
      }
    }
  }

  @Test
  void complaintsRefundsAndRequestsForAPersonGoToANamedPerson() throws IOException {
    List<Row> rows = tsv("bitext-cs-en-complaint-refund-human-slice.tsv", l -> Set.of("complaint", "get_refund", "contact_human_agent").contains(l));
    List<String> texts = rows.stream().map(Row::text).toList();
    List<Decision> ds = decide(texts, "en");
    report("bitext complaint/get_refund/contact_human_agent -> escalate", texts, ds, EnumSet.of(Action.ESCALATE));
    neverSilentNorRuleBreaking(ds);
    assertThat(share(ds, EnumSet.of(Action.ESCALATE))).isGreaterThanOrEqualTo(0.85);
    assertThat(ds).filteredOn(d -> d.action() == Action.ESCALATE).allSatisfy(d -> assertThat(d.staff()).isPresent());
  }

  @Test
  void refundsAndDoubleChargesInBankingWordingGoToAPerson() throws IOException {
    List<Row> rows = tsv("banking77-test-refund-card-complaint-slice.tsv", l -> Set.of("request_refund", "transaction_charged_twice").contains(l));
    List<String> texts = rows.stream().map(Row::text).toList();
    List<Decision> ds = decide(texts, "en");
    report("banking77 request_refund/charged_twice -> escalate", texts, ds, EnumSet.of(Action.ESCALATE));
    neverSilentNorRuleBreaking(ds);
    assertThat(share(ds, EnumSet.of(Action.ESCALATE))).isGreaterThanOrEqualTo(0.7);
  }

  @Test
  void outOfScopeRequestsAreNeverAnsweredAsIfWeDidThem() throws IOException {
    List<Row> rows = tsv("clinc150-oos_test-sample250.tsv", l -> l.equals("oos"));
    List<String> texts = rows.stream().map(Row::text).toList();
    List<Decision> ds = decide(texts, "en");
    Set<Action> notAnswer = EnumSet.of(Action.DECLINE, Action.REFER, Action.CLARIFY, Action.ESCALATE);
    report("clinc150 oos -> not answered from our knowledge", texts, ds, notAnswer);
    neverSilentNorRuleBreaking(ds);
    List<Decision> grounded = ds.stream().filter(d -> d.action() == Action.ANSWER && !d.knowledgeIds().isEmpty()).toList();
    assertThat(grounded.size() / (double) ds.size()).as("share answered from knowledge").isLessThanOrEqualTo(0.08);
  }

  @Test
  void smallTalkGetsABriefFriendlyAnswer() throws IOException {
    List<Row> rows = tsv("clinc150-smalltalk-meta_test-sample.tsv", l -> Set.of("greeting", "goodbye", "thank_you", "are_you_a_bot").contains(l));
    List<String> texts = rows.stream().map(Row::text).toList();
    List<Decision> ds = decide(texts, "en");
    report("clinc150 greeting/goodbye/thanks/are_you_a_bot -> answer", texts, ds, EnumSet.of(Action.ANSWER));
    neverSilentNorRuleBreaking(ds);
    assertThat(share(ds, EnumSet.of(Action.ANSWER))).isGreaterThanOrEqualTo(0.75);
  }

  private static List<String> polish(String intent) throws IOException {
    Path dir = UTTERANCES.resolve("pl-barf-o-bot");
    assumeTrue(Files.isDirectory(dir), "eval data not present: " + dir);
    List<String> out = new ArrayList<>();
    for (Path f : List.of("nlu_chitchat_bot_challange.md", "nlu_chitchat_smalltalk.md", "nlu_chitchat_user_feelings_and_state.md", "nlu_chitchat_user_wants.md").stream().map(dir::resolve).toList()) {
      boolean in = false;
      for (String line : Files.readAllLines(f)) {
        if (line.startsWith("## intent")) {
          in = line.replace(" ", "").equals("##intent:chitchat/" + intent);
        } else if (in && line.startsWith("- ")) {
          out.add(line.substring(2).trim());
        }
      }
    }
    assertThat(out).as("utterances for %s", intent).isNotEmpty();
    return out;
  }

  @Test
  void polishClientsAskingForAPersonGetOne() throws IOException {
    List<String> texts = polish("need_human");
    List<Decision> ds = decide(texts, null);
    report("pl need_human -> escalate", texts, ds, EnumSet.of(Action.ESCALATE));
    neverSilentNorRuleBreaking(ds);
    assertThat(share(ds, EnumSet.of(Action.ESCALATE))).isGreaterThanOrEqualTo(0.8);
  }

  @Test
  void polishSmallTalkIsAnsweredInPolish() throws IOException {
    List<String> texts = new ArrayList<>();
    for (String intent : List.of("greet", "thanks", "bye")) {
      texts.addAll(polish(intent));
    }
    List<Decision> ds = decide(texts, null);
    report("pl greet/thanks/bye -> answer", texts, ds, EnumSet.of(Action.ANSWER));
    neverSilentNorRuleBreaking(ds);
    assertThat(share(ds, EnumSet.of(Action.ANSWER))).isGreaterThanOrEqualTo(0.8);
    long polishReplies = ds.stream().filter(d -> d.language().equals("pl")).count();
    assertThat(polishReplies / (double) ds.size()).isGreaterThanOrEqualTo(0.8);
  }

  @Test
  void russianDialoguesOutsideOurBusinessGetRussianRepliesAndNoInventedAnswers() throws IOException {
    Path p = UTTERANCES.resolve("ru-multiwoz-test001-first25dialogs.txt");
    assumeTrue(Files.exists(p));
    // Dialogues are separated by blank lines; clients speak first and then every other line.
    List<String> clientLines = new ArrayList<>();
    int inDialog = 0;
    for (String line : Files.readAllLines(p)) {
      if (line.isBlank()) {
        inDialog = 0;
        continue;
      }
      if (inDialog++ % 2 == 0) {
        clientLines.add(line.trim());
      }
    }
    List<Decision> ds = decide(clientLines, "ru");
    neverSilentNorRuleBreaking(ds);
    long russian = ds.stream().filter(d -> d.language().equals("ru")).count();
    System.out.printf(Locale.ROOT, "ru multiwoz: %d client lines, %.1f%% replies in ru, %.1f%% answered from knowledge%n",
        ds.size(), 100.0 * russian / ds.size(),
        100.0 * ds.stream().filter(d -> d.action() == Action.ANSWER && !d.knowledgeIds().isEmpty()).count() / ds.size());
    assertThat(russian / (double) ds.size()).isGreaterThanOrEqualTo(0.95);
    assertThat(ds.stream().filter(d -> d.action() == Action.ANSWER && !d.knowledgeIds().isEmpty()).count() / (double) ds.size())
        .isLessThanOrEqualTo(0.1);
  }
}
