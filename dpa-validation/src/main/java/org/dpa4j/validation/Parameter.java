package org.dpa4j.validation;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;
import org.dpa4j.model.subprocessing.SubProcessor;
import org.dpa4j.model.transfers.TransferDestination;
import org.dpa4j.model.value.CountryCode;
import org.dpa4j.model.value.Jurisdiction;
import org.dpa4j.model.value.Money;
import org.dpa4j.model.value.TimeLimit;
import org.dpa4j.model.value.TimeLimitUnit;

/**
 * A named, typed argument of an {@link Outcome}'s message, such as the {@link TimeLimit} {@code
 * deadline} or the {@link Jurisdiction} {@code law}. The text names it in braces ({@code
 * {deadline}}); a value is formatted by its type in the language of the text: a time limit in words
 * ("2 business days", "2 werkdagen"), an enum by its English or Dutch label.
 *
 * @param <T> the type of the values
 */
public final class Parameter<T> {
  /** The most names a list shows; the rest are counted, so a message stays readable. */
  static final int MAX_NAMES = 10;

  private final String name;
  private final Class<?> type;
  private final Function<T, LocalizedText> format;
  private final List<T> samples;
  private final LocalizedText label;

  private Parameter(
      String name, Class<?> type, Function<T, LocalizedText> format, List<T> samples) {
    this(name, type, format, samples, LocalizedText.of(name, name));
  }

  private Parameter(
      String name,
      Class<?> type,
      Function<T, LocalizedText> format,
      List<T> samples,
      LocalizedText label) {
    if (!name.matches("[a-z][A-Za-z0-9]*")) {
      throw new IllegalArgumentException("a parameter name is a Java identifier: " + name);
    }
    this.name = name;
    this.type = type;
    this.format = format;
    this.samples = List.copyOf(samples);
    this.label = Objects.requireNonNull(label, "label");
  }

  /**
   * Returns this parameter with a name for people, such as "breach deadline" and "meldtermijn",
   * which a report shows when the value changes (the catalogue's parameters all have one).
   *
   * @param english the name in English
   * @param dutch the name in Dutch
   * @return a parameter of the same name, type and format with that label
   */
  public Parameter<T> withLabel(String english, String dutch) {
    return new Parameter<>(name, type, format, samples, LocalizedText.of(english, dutch));
  }

  /**
   * Returns the name for people, in English and Dutch: the one given by {@link #withLabel(String,
   * String)}, or the parameter's name in both languages.
   *
   * @return the label
   */
  public LocalizedText getLabel() {
    return label;
  }

  /**
   * A time limit as the agreement writes it, in words.
   *
   * @param name the name in the text
   * @return the parameter
   */
  public static Parameter<TimeLimit> timeLimit(String name) {
    return new Parameter<>(
        name,
        TimeLimit.class,
        TimeLimit::toText,
        Arrays.stream(TimeLimitUnit.values())
            .flatMap(u -> List.of(TimeLimit.of(1, u), TimeLimit.of(30, u)).stream())
            .toList());
  }

  /**
   * A jurisdiction, by its country's name in the text's language, with its code when it is a part
   * of a country: "Switzerland", "United States (US-NY)", "Verenigde Staten (US-NY)".
   *
   * @param name the name in the text
   * @return the parameter
   */
  public static Parameter<Jurisdiction> jurisdiction(String name) {
    return new Parameter<>(
        name,
        Jurisdiction.class,
        Parameter::jurisdictionText,
        List.of(Jurisdiction.parse("US-NY"), Jurisdiction.parse("CH")));
  }

  /**
   * An amount of money with its currency, such as {@code USD 50000}.
   *
   * @param name the name in the text
   * @return the parameter
   */
  public static Parameter<Money> money(String name) {
    return new Parameter<>(
        name, Money.class, m -> same(m.toString()), List.of(Money.parse("USD 50000")));
  }

  /**
   * A whole number, such as the most audits a year, written in digits in both languages.
   *
   * @param name the name in the text
   * @return the parameter
   */
  public static Parameter<Integer> count(String name) {
    return new Parameter<>(name, Integer.class, n -> same(Integer.toString(n)), List.of(1, 12));
  }

  /**
   * Texts in English and Dutch put together by the rule, such as a duty with the condition that
   * limits it, joined by semicolons; past {@value #MAX_NAMES} entries the rest are counted.
   *
   * @param name the name in the text
   * @return the parameter
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static Parameter<List<LocalizedText>> texts(String name) {
    return new Parameter<>(
        name,
        (Class) List.class,
        Parameter::joined,
        List.of(
            List.of(
                LocalizedText.of(
                    "/assistance: only where the law requires it",
                    "/assistance: alleen waar de wet het vereist"),
                LocalizedText.of(
                    "/breachNotification/deadline: only where attributable to the processor",
                    "/breachNotification/deadline: alleen indien toerekenbaar aan de verwerker"))));
  }

  /**
   * Names written in the agreement (of sub-processors, countries), joined by commas; past {@value
   * #MAX_NAMES} names the rest are counted.
   *
   * @param name the name in the text
   * @return the parameter
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static Parameter<List<String>> names(String name) {
    return new Parameter<>(
        name, (Class) List.class, Parameter::listed, List.of(List.of("US (Acme Inc.)", "IN")));
  }

  /**
   * Things the agreement lists (sub-processors), each by its name, joined by commas as {@link
   * #names(String)} joins names; each value also carries the model object it names ({@link Named}),
   * so that a program can pair the offenders of two findings as it pairs the agreement's list
   * elements.
   *
   * @param name the name in the text
   * @param sample a sample value, which a test renders
   * @param <E> the type of what is named
   * @return the parameter
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static <E> Parameter<List<Named<E>>> named(String name, Named<E> sample) {
    return new Parameter<>(
        name,
        (Class) List.class,
        (List<Named<E>> named) -> listed(named.stream().map(Named::getName).toList()),
        List.of(List.of(sample)));
  }

  /**
   * Places outside the EEA ({@link Destination}), each with who receives the data there when known
   * and the model object that names the place; a message names the country for people: "United
   * States (Acme Inc.)", "Verenigde Staten (Acme Inc.)", and programs get each value's code form
   * ({@code "US (Acme Inc.)"}, {@code "IN"}). Joined by commas; past {@value #MAX_NAMES} places the
   * rest are counted.
   *
   * @param name the name in the text
   * @return the parameter
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static Parameter<List<Destination>> destinations(String name) {
    CountryCode us = CountryCode.of("US");
    CountryCode in = CountryCode.of("IN");
    return new Parameter<>(
        name,
        (Class) List.class,
        (List<Destination> places) ->
            joined(places.stream().map(Destination::toText).toList(), ", "),
        List.of(
            List.of(
                Destination.of(
                    us,
                    Optional.of("Acme Inc."),
                    SubProcessor.builder().name("Acme Inc.").country(us).build()),
                Destination.of(in, Optional.empty(), TransferDestination.of(in)))));
  }

  private static LocalizedText jurisdictionText(Jurisdiction jurisdiction) {
    LocalizedText country = jurisdiction.getCountry().toText();
    if (jurisdiction.getSubdivision().isEmpty()) {
      return country;
    }
    String code = " (" + jurisdiction + ")";
    return LocalizedText.of(country.getEnglish() + code, country.getDutch() + code);
  }

  /**
   * Constants of an enum with labels, joined by commas, each by its label in the text's language.
   *
   * @param name the name in the text
   * @param type the enum
   * @param <E> the enum
   * @return the parameter
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static <E extends Enum<E> & CodedEnum> Parameter<List<E>> labels(
      String name, Class<E> type) {
    return new Parameter<>(
        name, (Class) List.class, Parameter::labels, List.of(List.of(type.getEnumConstants())));
  }

  /**
   * One constant of an enum with labels, by its label in the text's language.
   *
   * @param name the name in the text
   * @param type the enum
   * @param <E> the enum
   * @return the parameter
   */
  public static <E extends Enum<E> & CodedEnum> Parameter<E> label(String name, Class<E> type) {
    return new Parameter<>(name, type, CodedEnum::getLabel, List.of(type.getEnumConstants()));
  }

  /**
   * Returns the name, as the text writes it in braces.
   *
   * @return the name
   */
  public String getName() {
    return name;
  }

  /**
   * Returns the type of the values, such as {@code TimeLimit}.
   *
   * @return the class; {@code List} for lists
   */
  public Class<?> getType() {
    return type;
  }

  /**
   * Returns sample values of the declared type, which a test renders in both languages.
   *
   * @return the samples, at least one
   */
  public List<T> getSamples() {
    return samples;
  }

  /**
   * Binds a value.
   *
   * @param value the value
   * @return the argument
   */
  public Argument<T> of(T value) {
    return new Argument<>(this, Objects.requireNonNull(value, name));
  }

  /**
   * Renders a value as the message shows it, in English and Dutch: a time limit in words, a country
   * by its name, a list joined by commas. This is the one place a finding's arguments become text.
   *
   * @param value a value of this parameter's type
   * @return the text
   * @throws ClassCastException when the value is not of this parameter's type
   */
  public LocalizedText format(Object value) {
    @SuppressWarnings("unchecked")
    T typed = (T) value;
    return format.apply(typed);
  }

  @Override
  public String toString() {
    return type.getSimpleName() + " " + name;
  }

  private static LocalizedText same(String text) {
    return LocalizedText.of(text, text);
  }

  private static LocalizedText listed(List<String> names) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < Math.min(names.size(), MAX_NAMES); i++) {
      out.append(i == 0 ? "" : ", ").append(names.get(i));
    }
    if (names.size() > MAX_NAMES) {
      out.append(" (+").append(names.size() - MAX_NAMES).append(')');
    }
    return same(out.toString());
  }

  private static LocalizedText joined(List<LocalizedText> texts) {
    return joined(texts, "; ");
  }

  private static LocalizedText joined(List<LocalizedText> texts, String separator) {
    StringBuilder english = new StringBuilder();
    StringBuilder dutch = new StringBuilder();
    for (int i = 0; i < Math.min(texts.size(), MAX_NAMES); i++) {
      String between = i == 0 ? "" : separator;
      english.append(between).append(texts.get(i).getEnglish());
      dutch.append(between).append(texts.get(i).getDutch());
    }
    if (texts.size() > MAX_NAMES) {
      String more = " (+" + (texts.size() - MAX_NAMES) + ")";
      english.append(more);
      dutch.append(more);
    }
    return LocalizedText.of(english.toString(), dutch.toString());
  }

  private static LocalizedText labels(List<? extends CodedEnum> constants) {
    StringBuilder english = new StringBuilder();
    StringBuilder dutch = new StringBuilder();
    for (CodedEnum constant : constants) {
      String separator = english.length() == 0 ? "" : ", ";
      english.append(separator).append(constant.getLabel().getEnglish());
      dutch.append(separator).append(constant.getLabel().getDutch());
    }
    return LocalizedText.of(english.toString(), dutch.toString());
  }

  /**
   * A value bound to a parameter, for a finding's message.
   *
   * @param <T> the type of the value
   */
  public static final class Argument<T> {
    private final Parameter<T> parameter;
    private final T value;

    private Argument(Parameter<T> parameter, T value) {
      this.parameter = parameter;
      this.value = value;
    }

    /**
     * Returns the parameter.
     *
     * @return the parameter
     */
    public Parameter<T> getParameter() {
      return parameter;
    }

    /**
     * Returns the value.
     *
     * @return the value
     */
    public T getValue() {
      return value;
    }
  }
}
