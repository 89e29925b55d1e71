package org.dpa4j.model.value;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.dpa4j.model.Excerpt;
import org.dpa4j.model.LocalizedText;
import org.dpa4j.model.ModelProblemCode;
import org.dpa4j.model.TextSyntax;

/**
 * An amount of money: a {@link BigDecimal} and an ISO 4217 currency. Never passes through {@code
 * double}.
 *
 * <p>The amount keeps its scale as written ({@code 10000} and {@code 10000.00} print as given);
 * {@link #equals(Object)} compares the value, so the two are equal. The text form is {@code "EUR
 * 10000"}.
 *
 * <p class="nl">Een geldbedrag: een decimaal getal en een ISO 4217-valutacode.
 */
public final class Money implements Comparable<Money> {
  /** The amount's text: a plain decimal with at most 18 digits before and 6 after the point. */
  private static final String AMOUNT_SYNTAX = "-?[0-9]{1,18}(?:\\.[0-9]{1,6})?";

  /**
   * The text form: an ISO 4217 code of dpa4j's list (the same on every JDK: the active codes of ISO
   * 4217, not the JDK's {@link Currency#getAvailableCurrencies()}, which also lists withdrawn ones
   * such as NLG), a space and the amount ({@code -}, at most 18 digits, a point and at most 6
   * digits). {@link #parse(CharSequence)} accepts exactly the texts it matches; the JSON Schema
   * publishes it.
   */
  public static final String PATTERN =
      "^(" + String.join("|", IsoCodes.CURRENCIES) + ") (" + AMOUNT_SYNTAX + ")" + TextSyntax.END;

  /** Texts that {@link #PATTERN} accepts, for documentation. */
  public static final List<String> EXAMPLES = List.of("EUR 10000", "USD 50000.00");

  // Compiled once: String.matches compiles its pattern on every call.
  private static final Pattern AMOUNT = Pattern.compile(AMOUNT_SYNTAX);
  private static final Pattern TEXT = Pattern.compile(PATTERN);

  private final BigDecimal amount;
  private final Currency currency;

  private Money(BigDecimal amount, Currency currency) {
    this.amount = amount;
    this.currency = currency;
  }

  /**
   * Creates an amount.
   *
   * @param amount the amount, at most 18 digits before and 6 after the point
   * @param currency the currency, one of dpa4j's ISO 4217 list (see {@link #PATTERN})
   * @return the money
   * @throws org.dpa4j.model.DpaModelException when the amount has too many digits, or the currency
   *     is not on the list (a withdrawn one such as NLG), which the reader would refuse
   */
  public static Money of(BigDecimal amount, Currency currency) {
    Objects.requireNonNull(amount, "amount");
    Currency listed = currency(Objects.requireNonNull(currency, "currency").getCurrencyCode());
    // Checked before toPlainString(): 1E+999999999 would be a billion digits of text.
    if (amount.precision() - amount.scale() > 18 || amount.scale() > 6) {
      return ofAmountText(amount.toString(), listed);
    }
    return ofAmountText(amount.toPlainString(), listed);
  }

  /**
   * Creates an amount from its decimal text and a currency code.
   *
   * @param amount the amount as plain decimal text, such as {@code "10000"} or {@code "99.50"}
   * @param currencyCode the ISO 4217 code, such as {@code "EUR"}
   * @return the money
   * @throws org.dpa4j.model.DpaModelException when the amount or the currency is not valid
   */
  public static Money of(String amount, String currencyCode) {
    return ofAmountText(amount, currency(currencyCode));
  }

  /**
   * Euros.
   *
   * @param amount the amount as plain decimal text
   * @return the money
   */
  public static Money euros(String amount) {
    return of(amount, "EUR");
  }

  /**
   * Parses the text form {@code "EUR 10000"}.
   *
   * @param text the text
   * @return the money
   * @throws org.dpa4j.model.DpaModelException when the text is not of that form
   */
  public static Money parse(CharSequence text) {
    var m = TEXT.matcher(Objects.requireNonNull(text, "text"));
    if (!m.matches()) {
      throw ModelProblemCode.SYNTAX.exception(
          "",
          Excerpt.of(text),
          LocalizedText.of("amount of money", "geldbedrag"),
          LocalizedText.of(
              "expected a currency code and an amount, such as EUR 10000",
              "verwacht een valutacode en een bedrag, zoals EUR 10000"));
    }
    return of(m.group(2), m.group(1));
  }

  private static Money ofAmountText(String amount, Currency currency) {
    Objects.requireNonNull(amount, "amount");
    if (!AMOUNT.matcher(amount).matches()) {
      throw ModelProblemCode.SYNTAX.exception(
          "/amount",
          Excerpt.of(amount),
          LocalizedText.of("amount", "bedrag"),
          LocalizedText.of(
              "expected a plain decimal number with at most 18 digits before and 6 after the point",
              "verwacht een decimaal getal met hoogstens 18 cijfers voor en 6 na de punt"));
    }
    return new Money(new BigDecimal(amount), currency);
  }

  private static Currency currency(String code) {
    Objects.requireNonNull(code, "currencyCode");
    if (IsoCodes.CURRENCIES.contains(code)) {
      // Every code on the list is one each supported JDK knows (IsoCodesTest).
      return Currency.getInstance(code);
    }
    throw ModelProblemCode.SYNTAX.exception(
        "/currency",
        Excerpt.of(code),
        LocalizedText.of("currency", "valuta"),
        LocalizedText.of(
            "expected an ISO 4217 code such as EUR", "verwacht een ISO 4217-code zoals EUR"));
  }

  /**
   * Returns the amount with its scale as written.
   *
   * @return the amount
   */
  public BigDecimal getAmount() {
    return amount;
  }

  /**
   * Returns the currency.
   *
   * @return the currency
   */
  public Currency getCurrency() {
    return currency;
  }

  /**
   * Compares amounts of the same currency.
   *
   * @throws IllegalArgumentException when the currencies differ
   */
  @Override
  public int compareTo(Money other) {
    if (!currency.equals(other.currency)) {
      throw new IllegalArgumentException("cannot compare " + currency + " with " + other.currency);
    }
    return amount.compareTo(other.amount);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Money
        && currency.equals(((Money) other).currency)
        && amount.compareTo(((Money) other).amount) == 0;
  }

  @Override
  public int hashCode() {
    return currency.hashCode() * 31 + amount.stripTrailingZeros().hashCode();
  }

  /**
   * Returns the amount for people, in English and Dutch: the currency code and the amount with its
   * scale as written, digits grouped by three ({@code EUR 10,000.00} and {@code EUR 10.000,00}).
   * Always ASCII digits, whatever the default locale.
   *
   * @return the text
   */
  public LocalizedText toText() {
    String plain = amount.toPlainString();
    boolean negative = plain.startsWith("-");
    String digits = negative ? plain.substring(1) : plain;
    int point = digits.indexOf('.');
    String whole = point < 0 ? digits : digits.substring(0, point);
    String fraction = point < 0 ? "" : digits.substring(point + 1);
    String code = currency.getCurrencyCode() + " " + (negative ? "-" : "");
    return LocalizedText.of(
        code + group(whole, ',') + (fraction.isEmpty() ? "" : "." + fraction),
        code + group(whole, '.') + (fraction.isEmpty() ? "" : "," + fraction));
  }

  private static String group(String digits, char separator) {
    StringBuilder out = new StringBuilder(digits.length() + digits.length() / 3);
    for (int i = 0; i < digits.length(); i++) {
      if (i > 0 && (digits.length() - i) % 3 == 0) {
        out.append(separator);
      }
      out.append(digits.charAt(i));
    }
    return out.toString();
  }

  /** Returns the text form, such as {@code EUR 10000}. */
  @Override
  public String toString() {
    return currency.getCurrencyCode() + " " + amount.toPlainString();
  }
}
