package io.frontline.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlTest {

  @Test
  void escapesTheThreeCharactersTelegramsHtmlReads() {
    assertThat(Html.escape("<b>Tom & Co</b> \"quoted\" 'x'"))
        .isEqualTo("&lt;b&gt;Tom &amp; Co&lt;/b&gt; \"quoted\" 'x'");
    assertThat(Html.escape("&amp;")).isEqualTo("&amp;amp;");
  }

  @Test
  void aShortTextIsOnePart() {
    assertThat(Html.split("Hello!", 4096)).containsExactly("Hello!");
    assertThat(Html.split("", 4096)).containsExactly("");
  }

  @Test
  void longTextsSplitAtParagraphsFirst() {
    String a = "a".repeat(3000);
    String b = "b".repeat(3000);
    assertThat(Html.split(a + "\n\n" + b, 4096)).containsExactly(a, b);
  }

  @Test
  void thenAtSentences() {
    String s1 = "First sentence " + "x".repeat(2500) + ".";
    String s2 = " Second " + "y".repeat(2500) + ".";
    List<String> parts = Html.split(s1 + s2, 4096);
    assertThat(parts).containsExactly(s1, s2.strip());
  }

  @Test
  void thenAtSpacesAndNeverInsideAnEmoji() {
    String words = "word ".repeat(2000);
    for (String part : Html.split(words, 4096)) {
      assertThat(part.length()).isLessThanOrEqualTo(4096);
      assertThat(part).doesNotStartWith(" ").doesNotEndWith(" ").startsWith("word");
    }
    String emoji = "😀".repeat(3000); // 6000 UTF-16 units, no spaces
    List<String> parts = Html.split(emoji, 4096);
    assertThat(String.join("", parts)).isEqualTo(emoji);
    for (String part : parts) {
      assertThat(part.length()).isLessThanOrEqualTo(4096);
      assertThat(Character.isLowSurrogate(part.charAt(0))).isFalse();
    }
  }

  @Test
  void everyPartFitsAndNothingIsLost() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 400; i++) {
      sb.append("Sentence number ").append(i).append(" says something useful. ");
      if (i % 17 == 0) {
        sb.append("\n\n");
      }
    }
    String text = sb.toString().strip();
    List<String> parts = Html.split(text, 1000);
    assertThat(parts).allSatisfy(p -> assertThat(p.length()).isBetween(1, 1000));
    assertThat(String.join(" ", parts).replaceAll("\\s+", " ")).isEqualTo(text.replaceAll("\\s+", " "));
  }
}
