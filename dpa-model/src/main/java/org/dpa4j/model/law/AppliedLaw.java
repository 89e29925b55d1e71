package org.dpa4j.model.law;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dpa4j.model.ClauseRef;
import org.dpa4j.model.Extensible;
import org.dpa4j.model.ExtensionValue;
import org.dpa4j.model.LocalizedText;
import org.dpa4j.model.ModelProblemCode;
import org.dpa4j.model.Sourced;
import org.dpa4j.model.constraints.NonBlank;
import org.dpa4j.model.value.Jurisdiction;
import org.immutables.value.Value;

/**
 * A data protection law the agreement says it serves, such as the GDPR, the UK GDPR, the Swiss FADP
 * or the California CCPA, with what that law calls the processor.
 *
 * <p class="nl">Een gegevensbeschermingswet die de overeenkomst volgens haar tekst dient, zoals de
 * AVG, de UK GDPR, de Zwitserse FADP of de Californische CCPA, met hoe die wet de verwerker noemt.
 */
@Value.Immutable
public abstract class AppliedLaw implements Sourced, Extensible, WithAppliedLaw {

  AppliedLaw() {}

  /**
   * Returns which data protection law the text says the agreement serves or complies with, such as
   * the GDPR, the UK GDPR or a US state law.
   *
   * <p class="nl">Welke gegevensbeschermingswet de overeenkomst volgens de tekst dient of naleeft,
   * zoals de AVG, de UK GDPR of een wet van een Amerikaanse staat.
   *
   * @return the law
   */
  public abstract DataProtectionLaw getLaw();

  /**
   * Returns the legal system of a national or state law, such as {@code NL} for the Dutch Wbp or
   * {@code US-CA} for the CCPA.
   *
   * <p class="nl">Het rechtsstelsel van een nationale of deelstatelijke wet, zoals NL voor de Wbp
   * of US-CA voor de CCPA.
   *
   * @return the jurisdiction, or empty
   */
  public abstract Optional<Jurisdiction> getJurisdiction();

  /**
   * Returns the law's name as the text gives it, such as "Wet bescherming persoonsgegevens"; needed
   * for {@link DataProtectionLaw#OTHER}, {@link DataProtectionLaw#NATIONAL_PRE_GDPR} and {@link
   * DataProtectionLaw#NATIONAL_IMPLEMENTATION}.
   *
   * <p class="nl">De naam van de wet zoals de tekst die geeft, zoals "Wet bescherming
   * persoonsgegevens"; nodig bij OTHER, NATIONAL_PRE_GDPR en NATIONAL_IMPLEMENTATION.
   *
   * @return the name, or empty; for those laws, no name and no jurisdiction make building fail with
   *     {@link org.dpa4j.model.DpaModelException} ({@code model.inconsistent})
   */
  public abstract Optional<@NonBlank String> getName();

  /**
   * Returns what the agreement, under this law, calls the party that processes for the other
   * ("service provider" under the CCPA).
   *
   * <p class="nl">Hoe de overeenkomst onder deze wet de partij noemt die voor de ander verwerkt
   * ("service provider" onder de CCPA).
   *
   * @return the role, or empty when the text does not say
   */
  public abstract Optional<LawRole> getProcessorRole();

  /**
   * Returns whether the processor certifies that it understands and will comply with this law's
   * restrictions, as the CCPA asks of a service provider: true when the text says so, false when it
   * does not say so.
   *
   * <p class="nl">Of de verwerker verklaart de beperkingen van deze wet te begrijpen en na te
   * leven, zoals de CCPA van een "service provider" vraagt; true als de tekst dat zegt, false als
   * zij daarover niets zegt.
   *
   * @return true when the text says so; false unless set
   */
  @Value.Default
  public boolean isComplianceCertification() {
    return false;
  }

  @Override
  @Value.Redacted
  public abstract Map<String, ExtensionValue> getExtensions();

  @Override
  public abstract List<ClauseRef> getClauses();

  @Override
  public abstract Optional<String> getQuote();

  /**
   * Creates a law with nothing else said.
   *
   * @param law the law
   * @return the applied law
   */
  public static AppliedLaw of(DataProtectionLaw law) {
    return builder().law(law).build();
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableAppliedLaw.Builder builder() {
    return ImmutableAppliedLaw.builder();
  }

  @Value.Check
  void check() {
    DataProtectionLaw law = getLaw();
    boolean needsName =
        law == DataProtectionLaw.OTHER
            || law == DataProtectionLaw.NATIONAL_PRE_GDPR
            || law == DataProtectionLaw.NATIONAL_IMPLEMENTATION;
    if (needsName && getName().isEmpty() && getJurisdiction().isEmpty()) {
      throw ModelProblemCode.INCONSISTENT.exception(
          "/name",
          LocalizedText.of(
              "a national or other law needs its name or jurisdiction",
              "een nationale of andere wet heeft een naam of rechtsstelsel nodig"));
    }
  }
}
