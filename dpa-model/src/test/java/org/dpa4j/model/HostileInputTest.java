package org.dpa4j.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import org.dpa4j.model.parties.Contact;
import org.dpa4j.model.value.Money;
import org.dpa4j.model.value.PartialDate;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, "Hostile input, round 1", for the model: one test per kind of fault, named after what
 * broke.
 */
class HostileInputTest {

  /** The quote of a contact names the person; it reached {@code toString()}. */
  @Test
  void contactQuoteIsRedacted() {
    Contact contact =
        Contact.builder().name("Jan Jansen").quote("Contact: Jan Jansen, 06-12345678").build();
    assertThat(contact.toString()).doesNotContain("Jansen", "12345678").contains("<redacted>");
    assertThat(contact.getQuote()).contains("Contact: Jan Jansen, 06-12345678");
  }

  /** {@code Money.of(1e999999999)} made a billion digits of text before checking the amount. */
  @Test
  void hugeMoneyAmountIsRejectedBeforeItIsWrittenOut() {
    Currency euro = Currency.getInstance("EUR");
    assertThatThrownBy(() -> Money.of(new BigDecimal("1e999999999"), euro))
        .isInstanceOf(DpaModelException.class);
    assertThatThrownBy(() -> Money.of(new BigDecimal("1e-999999999"), euro))
        .isInstanceOf(DpaModelException.class);
    assertThat(Money.of(new BigDecimal("1E+3"), euro).toString()).isEqualTo("EUR 1000");
    assertThat(Money.of(new BigDecimal("123456789012345678.123456"), euro).getAmount())
        .isEqualByComparingTo("123456789012345678.123456");
  }

  /** A year outside 0000-9999 built in code was written as text that never parses back. */
  @Test
  void yearsOutsideFourDigitsAreRejectedWhenBuilt() {
    for (Runnable build :
        List.<Runnable>of(
            () -> PartialDate.of(Year.of(10_000)),
            () -> PartialDate.of(Year.of(-1)),
            () -> PartialDate.of(YearMonth.of(12_345, 1)),
            () -> PartialDate.of(LocalDate.of(-5, 1, 1)))) {
      assertThatThrownBy(build::run).isInstanceOf(DpaModelException.class);
    }
    for (PartialDate date :
        List.of(
            PartialDate.of(Year.of(0)),
            PartialDate.of(Year.of(9999)),
            PartialDate.of(LocalDate.of(1, 2, 3)))) {
      assertThat(PartialDate.parse(date.toString())).isEqualTo(date);
    }
  }

  /**
   * {@code ClauseRef.compareTo} said "1" and "01" were equal although {@code equals} did not, and
   * was not transitive ("9" before "10" before "1a" before "9").
   */
  @Test
  void clauseRefOrderAgreesWithEqualsAndIsTransitive() {
    assertThat(ClauseRef.of("1").compareTo(ClauseRef.of("01"))).isNotZero();
    assertThat(ClauseRef.of("2.9").compareTo(ClauseRef.of("2.10"))).isNegative();
    List<ClauseRef> refs = new ArrayList<>();
    for (String r :
        List.of("9", "10", "1a", "01", "1", "1.", "1.1", "a", "A", "2.10", "2.9", "Bijlage 3")) {
      refs.add(ClauseRef.of(r));
    }
    for (ClauseRef a : refs) {
      for (ClauseRef b : refs) {
        assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
        assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
        for (ClauseRef c : refs) {
          if (a.compareTo(b) < 0 && b.compareTo(c) < 0) {
            assertThat(a.compareTo(c)).as(a + " < " + b + " < " + c).isNegative();
          }
        }
      }
    }
    List<ClauseRef> shuffled = new ArrayList<>(refs);
    Collections.shuffle(shuffled, new java.util.Random(14));
    Collections.sort(shuffled);
    List<ClauseRef> sorted = new ArrayList<>(refs);
    Collections.sort(sorted);
    assertThat(shuffled).isEqualTo(sorted);
  }
}
