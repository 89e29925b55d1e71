package org.dpa4j.model.liability;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dpa4j.model.ClauseRef;
import org.dpa4j.model.DocumentRef;
import org.dpa4j.model.Extensible;
import org.dpa4j.model.ExtensionValue;
import org.dpa4j.model.LocalizedText;
import org.dpa4j.model.ModelProblemCode;
import org.dpa4j.model.Sourced;
import org.dpa4j.model.value.Money;
import org.immutables.value.Value;

/**
 * A limit on a party's liability: by default the processor's, or the controller's or each party's
 * as {@link #getLiableParty()} says.
 *
 * <p class="nl">Een beperking van de aansprakelijkheid van een partij: standaard die van de
 * verwerker, of die van de verwerkingsverantwoordelijke of van elke partij zoals liableParty
 * aangeeft.
 */
@Value.Immutable
public abstract class LiabilityCap implements Sourced, Extensible, WithLiabilityCap {

  LiabilityCap() {}

  /**
   * Returns how the text measures the cap: by another document, by fees over a number of months, as
   * a fixed amount, as what the insurance pays out, or expressly no cap for the matters stated.
   *
   * <p class="nl">Hoe de tekst het plafond bepaalt: via een ander document, als vergoeding over een
   * aantal maanden, als vast bedrag, als wat de verzekering uitkeert, of uitdrukkelijk zonder
   * plafond voor de genoemde zaken.
   *
   * @return the value
   */
  public abstract LiabilityCapKind getKind();

  /**
   * Returns the ceiling of a fixed cap, an amount with its currency as written, such as {@code EUR
   * 10000}.
   *
   * <p class="nl">Het maximum van een vast plafond, een bedrag met zijn valuta zoals geschreven,
   * zoals EUR 10000.
   *
   * @return the value, or empty; a {@link LiabilityCapKind#FIXED_AMOUNT} cap without an amount of
   *     zero or more makes building fail with {@link org.dpa4j.model.DpaModelException} ({@code
   *     model.inconsistent})
   */
  public abstract Optional<Money> getAmount();

  /**
   * Returns how many months of fees the cap equals, for a cap in fees, such as 12 for the fees of
   * the last twelve months.
   *
   * <p class="nl">Met hoeveel maanden vergoeding het plafond overeenkomt bij een plafond in
   * vergoedingen, zoals 12 voor de vergoedingen van de laatste twaalf maanden.
   *
   * @return the value, or empty; a {@link LiabilityCapKind#FEES} cap without 1 or more months makes
   *     building fail with {@link org.dpa4j.model.DpaModelException} ({@code model.inconsistent})
   */
  public abstract Optional<@Positive Integer> getFeeMonths();

  /**
   * Returns what the cap applies to: each event, all claims in total, or all claims in a year.
   *
   * <p class="nl">Waarop het plafond van toepassing is: per gebeurtenis, op alle aanspraken samen,
   * of op alle aanspraken in een jaar.
   *
   * @return the value; {@code not_stated} unless set
   */
  @Value.Default
  public CapBasis getBasis() {
    return CapBasis.NOT_STATED;
  }

  /**
   * Returns the document whose cap the text applies, for a cap by external reference, such as the
   * main agreement or the general terms.
   *
   * <p class="nl">Het document waarvan de tekst het plafond toepast bij een plafond door
   * verwijzing, zoals de hoofdovereenkomst of de algemene voorwaarden.
   *
   * @return the value, or empty; a {@link LiabilityCapKind#EXTERNAL_REFERENCE} cap without it makes
   *     building fail with {@link org.dpa4j.model.DpaModelException} ({@code model.inconsistent})
   */
  public abstract Optional<@Valid DocumentRef> getDocument();

  /**
   * Returns whose liability the text caps: the processor's, the controller's, or each party's.
   *
   * <p class="nl">Wiens aansprakelijkheid de tekst beperkt: die van de verwerker, die van de
   * verwerkingsverantwoordelijke, of die van elke partij.
   *
   * @return the party; {@link LiableParty#PROCESSOR} unless set
   */
  @Value.Default
  public LiableParty getLiableParty() {
    return LiableParty.PROCESSOR;
  }

  /**
   * Returns what the cap (or, for {@link LiabilityCapKind#UNLIMITED}, the absence of one) applies
   * to, in our words, such as "breaches of this DPA" or "indemnities".
   *
   * <p class="nl">Waarop het plafond (of bij UNLIMITED het ontbreken ervan) van toepassing is, in
   * onze eigen woorden, zoals "tekortkomingen in deze verwerkersovereenkomst" of "vrijwaringen".
   *
   * @return the matters, or empty when the cap applies to all liability
   */
  public abstract Optional<@org.dpa4j.model.constraints.NonBlank String> getMatters();

  /**
   * Returns whether the text applies this cap only when the one before it in the list does not
   * apply: true when it says so, false when it does not say so.
   *
   * <p class="nl">Of de tekst dit plafond alleen toepast wanneer het voorgaande plafond in de lijst
   * niet van toepassing is; true als de tekst dat zegt, false als zij daarover niets zegt.
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isFallback() {
    return false;
  }

  /**
   * Returns the properties read from JSON that the model has no attribute for.
   *
   * @return the extensions by name; empty for none
   */
  @Override
  @Value.Redacted
  public abstract Map<String, ExtensionValue> getExtensions();

  @Override
  public abstract List<ClauseRef> getClauses();

  @Override
  public abstract Optional<String> getQuote();

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableLiabilityCap.Builder builder() {
    return ImmutableLiabilityCap.builder();
  }

  @Value.Check
  void check() {
    switch (getKind()) {
      case FIXED_AMOUNT:
        if (getAmount().isEmpty() || getAmount().get().getAmount().signum() < 0) {
          throw ModelProblemCode.INCONSISTENT.exception(
              "/amount",
              LocalizedText.of(
                  "a fixed cap needs an amount of zero or more",
                  "een vast plafond heeft een bedrag van nul of meer nodig"));
        }
        break;
      case FEES:
        if (getFeeMonths().isEmpty() || getFeeMonths().get() < 1) {
          throw ModelProblemCode.INCONSISTENT.exception(
              "/feeMonths",
              LocalizedText.of(
                  "a cap in fees needs one or more months",
                  "een plafond in vergoedingen heeft een of meer maanden nodig"));
        }
        break;
      case INSURANCE_PAYOUT:
      case UNLIMITED:
        break;
      default:
        if (getDocument().isEmpty()) {
          throw ModelProblemCode.INCONSISTENT.exception(
              "/document",
              LocalizedText.of(
                  "an external cap needs the document it refers to",
                  "een extern plafond heeft het document nodig waarnaar het verwijst"));
        }
    }
  }
}
