package org.dpa4j.model;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.dpa4j.model.constraints.NonBlank;
import org.dpa4j.model.value.PartialDate;
import org.immutables.value.Value;

/**
 * What the agreement is: title, version, date, language, how it comes into force and how it ranks
 * against other documents.
 *
 * <p class="nl">Wat de overeenkomst is: titel, versie, datum, taal, hoe zij tot stand komt en hoe
 * zij zich verhoudt tot andere documenten.
 */
@Value.Immutable
public abstract class AgreementMetadata implements Sourced, Extensible, WithAgreementMetadata {
  // Compiled once: String.matches compiles its pattern on every call.
  private static final Pattern LANGUAGE_TAG = Pattern.compile(TextSyntax.LANGUAGE_TAG);

  AgreementMetadata() {}

  /**
   * Returns the title the document gives itself, as written, such as "Verwerkersovereenkomst".
   *
   * <p class="nl">De titel die het document zichzelf geeft, zoals geschreven, zoals
   * "Verwerkersovereenkomst".
   *
   * @return the title; a blank title makes building fail with {@link DpaModelException} ({@code
   *     model.inconsistent})
   */
  @NonBlank
  public abstract String getTitle();

  /**
   * Returns the version the document gives itself, as written, such as {@code "1.1"} or {@code
   * "v270526RT"}.
   *
   * <p class="nl">De versie die het document zichzelf geeft, zoals geschreven, zoals "1.1" of
   * "v270526RT".
   *
   * @return the value, or empty
   */
  public abstract Optional<@NonBlank String> getVersion();

  /**
   * Returns the dates the text states, one entry per date with what it marks (effective, last
   * updated, signed, published, expiry, or only the date the document bears), as precise as
   * written.
   *
   * <p class="nl">De datums die de tekst noemt, één per datum met wat die markeert
   * (inwerkingtreding, laatste wijziging, ondertekening, publicatie, einde of alleen de datum van
   * het document), zo nauwkeurig als geschreven.
   *
   * @return the dates, in the order of the text; empty for none
   */
  public abstract List<@Valid AgreementDate> getDates();

  /**
   * Returns the templates, model agreements or standard terms the text says it follows, one entry
   * per document, such as a sector's model agreement or a standard DPA of a given version.
   *
   * <p class="nl">De modellen, modelovereenkomsten of standaardvoorwaarden die de tekst volgens
   * zichzelf volgt, één per document, zoals de modelovereenkomst van een branche of een
   * standaard-DPA van een bepaalde versie.
   *
   * @return the documents, in order; empty for none
   */
  public abstract List<@Valid DocumentRef> getBasedOn();

  /**
   * Returns the date of a kind, the first one the text states with a value.
   *
   * @param kind what the date marks
   * @return the date, or empty
   */
  public Optional<PartialDate> date(DateKind kind) {
    return getDates().stream()
        .filter(d -> d.getKind() == kind)
        .flatMap(d -> d.getDate().stream())
        .findFirst();
  }

  /**
   * Returns the language the text of the agreement is written in, as a BCP 47 tag such as {@code
   * nl} or {@code en-GB}.
   *
   * <p class="nl">De taal waarin de tekst van de overeenkomst is geschreven, als BCP 47-taalcode
   * zoals nl of en-GB.
   *
   * @return the value; {@code "nl"} unless set; a tag of another form makes building fail with
   *     {@link DpaModelException} ({@code model.syntax})
   */
  @NonBlank
  @Value.Default
  public String getLanguage() {
    return "nl";
  }

  /**
   * Returns what kind of document the text is: a DPA, a Data Pro Statement, a privacy statement
   * combined with a DPA, the text of standard clauses, or a list of sub-processors.
   *
   * <p class="nl">Wat voor document de tekst is: een verwerkersovereenkomst, een "Data Pro
   * Statement", een privacyverklaring samen met een verwerkersovereenkomst, de tekst van
   * standaardbepalingen of een lijst van subverwerkers.
   *
   * @return the value; {@code dpa} unless set
   */
  @Value.Default
  public AgreementKind getDocumentKind() {
    return AgreementKind.DPA;
  }

  /**
   * Returns how the agreement becomes binding: signed as a document of its own, as part of the main
   * agreement, or as a unilateral statement of the processor (art. 28(9) GDPR requires writing,
   * electronic form included).
   *
   * <p class="nl">Hoe de overeenkomst bindend wordt: ondertekend als zelfstandig document, als
   * onderdeel van de hoofdovereenkomst of als eenzijdige verklaring van de verwerker (art. 28 lid 9
   * AVG eist een schriftelijke vorm, elektronisch daaronder begrepen).
   *
   * @return the value; {@code not_stated} unless set
   */
  @Value.Default
  public Formation getFormation() {
    return Formation.NOT_STATED;
  }

  /**
   * Returns whether the text says the agreement forms part of the main agreement, whatever its
   * formation: true when it says so, false when it does not say so.
   *
   * <p class="nl">Of de tekst zegt dat de overeenkomst deel uitmaakt van de hoofdovereenkomst,
   * ongeacht hoe zij tot stand komt; true als de tekst dat zegt, false als zij daarover niets zegt.
   *
   * @return true when the text says so; false unless set
   */
  @Value.Default
  public boolean isPartOfMainAgreement() {
    return false;
  }

  /**
   * Returns an official identifier or address of the text, such as {@code CELEX 32021D0915} or the
   * web page it is published on; not a term of the agreement.
   *
   * <p class="nl">Een officiële aanduiding of vindplaats van de tekst, zoals CELEX 32021D0915 of de
   * webpagina waarop zij is gepubliceerd; geen bepaling van de overeenkomst.
   *
   * @return the reference as written, or empty
   */
  public abstract Optional<@NonBlank String> getReference();

  /**
   * Returns the licence under which the text is published, such as {@code CC BY 4.0}; not a term of
   * the agreement.
   *
   * <p class="nl">De licentie waaronder de tekst is gepubliceerd, zoals "CC BY 4.0"; geen bepaling
   * van de overeenkomst.
   *
   * @return the licence as written, or empty
   */
  public abstract Optional<@NonBlank String> getLicence();

  /**
   * Returns whether the text says its annexes form an integral part of the agreement: true when it
   * says so, false when it does not say so.
   *
   * <p class="nl">Of de tekst zegt dat de bijlagen een integraal onderdeel van de overeenkomst
   * vormen; true als de tekst dat zegt, false als zij daarover niets zegt.
   *
   * @return true when the text says so; false unless set
   */
  @Value.Default
  public boolean isAnnexesIntegral() {
    return false;
  }

  /**
   * Returns whether the text says it neither reduces the processor's obligations under the main
   * agreement nor permits processing that the main agreement forbids: true when it says so, false
   * when it does not say so.
   *
   * <p class="nl">Of de tekst zegt dat zij de verplichtingen van de verwerker uit de
   * hoofdovereenkomst niet vermindert en geen verwerking toestaat die de hoofdovereenkomst
   * verbiedt; true als de tekst dat zegt, false als zij daarover niets zegt.
   *
   * @return true when the text says so; false unless set
   */
  @Value.Default
  public boolean isMainAgreementProtectionKept() {
    return false;
  }

  /**
   * Returns which document the text says prevails when the agreement and the main agreement
   * conflict (clause 4 of 2021/915 makes those clauses prevail).
   *
   * <p class="nl">Welk document volgens de tekst voorgaat wanneer de overeenkomst en de
   * hoofdovereenkomst met elkaar in strijd zijn (volgens clausule 4 van 2021/915 gaan die clausules
   * voor).
   *
   * @return the value; {@code not_stated} unless set
   */
  @Value.Default
  public Precedence getPrecedenceOverMainAgreement() {
    return Precedence.NOT_STATED;
  }

  /**
   * Returns which document the text says prevails when the agreement and the processor's general
   * terms conflict.
   *
   * <p class="nl">Welk document volgens de tekst voorgaat wanneer de overeenkomst en de algemene
   * voorwaarden van de verwerker met elkaar in strijd zijn.
   *
   * @return the value; {@code not_stated} unless set
   */
  @Value.Default
  public Precedence getPrecedenceOverGeneralTerms() {
    return Precedence.NOT_STATED;
  }

  /**
   * Returns the earlier documents the text says this agreement replaces, one entry per document.
   *
   * <p class="nl">De eerdere documenten die deze overeenkomst volgens de tekst vervangt, één per
   * document.
   *
   * @return the values, in order; empty for none
   */
  public abstract List<@Valid DocumentRef> getReplaces();

  /**
   * Returns whether the text expressly rejects the controller's own DPA or terms ("wordt
   * uitdrukkelijk van de hand gewezen"): true when it does, false when it does not say so.
   *
   * <p class="nl">Of de tekst een eigen verwerkersovereenkomst of eigen voorwaarden van de
   * verwerkingsverantwoordelijke uitdrukkelijk van de hand wijst; true als de tekst dat zegt, false
   * als zij daarover niets zegt.
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isRejectsControllerTerms() {
    return false;
  }

  /**
   * Returns remarks on the drafting of the text, which are no terms of the agreement, one entry per
   * remark, such as numbering that skips an article.
   *
   * <p class="nl">Opmerkingen over de redactie van de tekst die geen bepalingen van de overeenkomst
   * zijn, één per opmerking, zoals een nummering die een artikel overslaat.
   *
   * @return the values, in order; empty for none
   */
  public abstract List<@NonBlank String> getDraftingNotes();

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
  public static ImmutableAgreementMetadata.Builder builder() {
    return ImmutableAgreementMetadata.builder();
  }

  @Value.Check
  void check() {
    if (TextSyntax.isBlank(getTitle())) {
      throw ModelProblemCode.INCONSISTENT.exception(
          "/title", LocalizedText.of("the title is blank", "de titel is leeg"));
    }
    if (!LANGUAGE_TAG.matcher(getLanguage()).matches()) {
      throw ModelProblemCode.SYNTAX.exception(
          "/language",
          Excerpt.of(getLanguage()),
          LocalizedText.of("language tag", "taalcode"),
          LocalizedText.of(
              "expected a BCP 47 tag such as nl", "verwacht een BCP 47-code zoals nl"));
    }
  }
}
