package org.dpa4j.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The checks that read without a regular expression ({@link TextSyntax#isTrimmedText}, {@link
 * TextSyntax#isPointer}) give the published expressions' answer on every text tried: each UTF-16
 * unit alone and between letters, and 200,000 seeded texts built from the units where the
 * expressions change their mind.
 */
class FastSyntaxCheckTest {
  private static final Pattern CLAUSE_REF = Pattern.compile(ClauseRef.PATTERN);
  private static final Pattern POINTER = Pattern.compile(TextSyntax.POINTER);

  /** Units at the edges of the classes, separators, surrogates and ordinary letters. */
  private static final String[] UNITS = {
    "a",
    "7",
    ".",
    " ",
    "\t",
    "\n",
    "\r",
    "\u000B",
    "\u000C",
    "\u001C",
    "\u001F",
    "\u0000",
    "\u007F",
    "\u0080",
    "\u0085",
    "\u009F",
    "\u00A0",
    "\u1680",
    "\u2000",
    "\u2006",
    "\u2007",
    "\u2008",
    "\u200A",
    "\u200B",
    "\u2028",
    "\u2029",
    "\u202F",
    "\u205F",
    "\u3000",
    "\uFEFF",
    "\uD83D",
    "\uDE00",
    "\uD83D\uDE00",
    "/",
    "~",
    "0",
    "1",
    "2",
    "~0",
    "~1",
    "//",
    "é"
  };

  @Test
  void everyUnitAloneAndBetweenLettersIsJudgedAsTheExpressionsDo() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      String unit = String.valueOf((char) c);
      for (String text : List.of(unit, "a" + unit + "a", "/" + unit, "/a" + unit + "b")) {
        assertAgrees(text);
      }
    }
  }

  @Test
  void seededTextsAreJudgedAsTheExpressionsDo() {
    Random random = new Random(20261130L);
    for (int n = 0; n < 200_000; n++) {
      StringBuilder text = new StringBuilder();
      int parts = random.nextInt(9);
      for (int i = 0; i < parts; i++) {
        text.append(UNITS[random.nextInt(UNITS.length)]);
      }
      assertAgrees(text.toString());
    }
  }

  @Test
  void theLengthBoundCountsCodePoints() {
    List<String> texts = new ArrayList<>();
    for (int length : new int[] {199, 200, 201}) {
      texts.add("x".repeat(length));
      texts.add("\uD83D\uDE00".repeat(length));
      texts.add("a" + "\uD83D\uDE00".repeat(length - 2) + "b");
    }
    for (String text : texts) {
      assertAgrees(text);
    }
    assertThat(TextSyntax.isTrimmedText("\uD83D\uDE00".repeat(200), ClauseRef.MAX_LENGTH)).isTrue();
    assertThat(TextSyntax.isTrimmedText("\uD83D\uDE00".repeat(201), ClauseRef.MAX_LENGTH))
        .isFalse();
  }

  @Test
  void knownAnswers() {
    assertThat(TextSyntax.isTrimmedText("7.1", 200)).isTrue();
    assertThat(TextSyntax.isTrimmedText(" 7.1", 200)).isFalse();
    assertThat(TextSyntax.isTrimmedText("7.\u00851", 200)).isFalse();
    assertThat(TextSyntax.isPointer("/a/~1b/0")).isTrue();
    assertThat(TextSyntax.isPointer("/a//b")).isFalse();
    assertThat(TextSyntax.isPointer("/a~2")).isFalse();
  }

  private static void assertAgrees(String text) {
    assertThat(TextSyntax.isTrimmedText(text, ClauseRef.MAX_LENGTH))
        .as("trimmed text %s", escaped(text))
        .isEqualTo(CLAUSE_REF.matcher(text).matches());
    assertThat(TextSyntax.isPointer(text))
        .as("pointer %s", escaped(text))
        .isEqualTo(POINTER.matcher(text).matches());
  }

  private static String escaped(String text) {
    StringBuilder out = new StringBuilder();
    text.chars().forEach(c -> out.append(String.format("\\u%04X", c)));
    return out.toString();
  }
}
