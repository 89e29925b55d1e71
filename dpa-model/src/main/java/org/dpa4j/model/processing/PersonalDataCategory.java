package org.dpa4j.model.processing;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dpa4j.model.ClauseRef;
import org.dpa4j.model.Extensible;
import org.dpa4j.model.ExtensionValue;
import org.dpa4j.model.Sourced;
import org.dpa4j.model.constraints.NonBlank;
import org.immutables.value.Value;

/**
 * A category of personal data, as the agreement lists it, with flags for the kinds that raise the
 * stakes.
 *
 * <p class="nl">Een categorie persoonsgegevens zoals de overeenkomst haar opsomt, met aanduidingen
 * voor de soorten die meer op het spel zetten.
 */
@Value.Immutable
public abstract class PersonalDataCategory
    implements Sourced, Extensible, WithPersonalDataCategory {

  PersonalDataCategory() {}

  /**
   * Returns the category of personal data as the text writes it, such as "Belhistorie".
   *
   * <p class="nl">De categorie persoonsgegevens zoals de tekst haar schrijft, zoals "Belhistorie".
   *
   * @return the value
   */
  @NonBlank
  public abstract String getName();

  /**
   * Returns the group the text lists the category under, such as "Contactpersoon".
   *
   * <p class="nl">De groep waaronder de tekst de categorie opsomt, zoals "Contactpersoon".
   *
   * @return the value, or empty
   */
  public abstract Optional<@NonBlank String> getGroup();

  /**
   * Returns whether the category is a special category of personal data (art. 9(1) GDPR), such as
   * health data: true when the category as written is one, false when it is not or the text does
   * not show it.
   *
   * <p class="nl">Of de categorie een bijzondere categorie persoonsgegevens is (art. 9 lid 1 AVG),
   * zoals gezondheidsgegevens; true als de categorie zoals geschreven er een is, false als dat niet
   * zo is of de tekst het niet laat zien.
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isSpecialCategory() {
    return false;
  }

  /**
   * Returns whether the category is data on criminal convictions and offences (art. 10 GDPR): true
   * when the category as written is such data, false when it is not or the text does not show it.
   *
   * <p class="nl">Of de categorie gegevens over strafrechtelijke veroordelingen en strafbare feiten
   * betreft (art. 10 AVG); true als de categorie zoals geschreven zulke gegevens zijn, false als
   * dat niet zo is of de tekst het niet laat zien.
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isCriminalOffenceData() {
    return false;
  }

  /**
   * Returns whether it is traffic data of communications between persons: who communicated with
   * whom, when and how long (call detail records, e-mail headers; art. 2(b) of Directive
   * 2002/58/EC). Such data, like communication content, also concerns the other parties to the
   * communications. True when the category is such data, false otherwise; location data alone (a
   * city derived from an IP address) is not.
   *
   * <p class="nl">Of het gaat om verkeersgegevens van communicatie tussen personen: wie met wie
   * communiceerde, wanneer en hoe lang (gespreksgegevens, e-mailheaders; art. 2 onder b van
   * Richtlijn 2002/58/EG).
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isCommunicationMetadata() {
    return false;
  }

  /**
   * Returns the categories of data subjects this data is about, one entry per category by its name
   * in {@link ProcessingScope#getDataSubjectCategories()}; empty when the text does not pair them.
   *
   * <p class="nl">De categorieën betrokkenen op wie deze gegevens betrekking hebben, één per
   * categorie met haar naam uit dataSubjectCategories; leeg als de tekst ze niet koppelt.
   *
   * @return the names, in order; empty for none; a name that is not listed there makes building the
   *     scope fail with {@link org.dpa4j.model.DpaModelException} ({@code model.inconsistent})
   */
  public abstract List<@NonBlank String> getDataSubjects();

  /**
   * Returns whether the category is the content of communications, such as recordings, voicemail,
   * fax, e-mail or chat (confidential under art. 5 of Directive 2002/58/EC): true when it is, false
   * when it is not or the text does not show it.
   *
   * <p class="nl">Of de categorie de inhoud van communicatie is, zoals opnamen, voicemail, fax,
   * e-mail of chat (vertrouwelijk volgens art. 5 van Richtlijn 2002/58/EG); true als dat zo is,
   * false als dat niet zo is of de tekst het niet laat zien.
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isContentData() {
    return false;
  }

  /**
   * Returns whether the category is traffic or location data in the sense of art. 2(b) and (c), 6
   * and 9 of Directive 2002/58/EC: data processed to convey a communication on an electronic
   * communications network or to bill it, or the position of a terminal in that network, such as
   * call detail records, signalling, call history or cell location; true when it is, false when it
   * is not or the text does not show it. A web or analytics service's page visits, clicks or a
   * country derived from an IP address are not.
   *
   * <p class="nl">Of de categorie verkeers- of locatiegegevens in de zin van art. 2 onder b en c, 6
   * en 9 van Richtlijn 2002/58/EG zijn: gegevens die worden verwerkt om communicatie over een
   * elektronisch communicatienetwerk over te brengen of te factureren, of de positie van een
   * eindapparaat in dat netwerk, zoals gespreksgegevens, signalering, belhistorie of de locatie van
   * een zendmast; true als dat zo is, false als dat niet zo is of de tekst het niet laat zien.
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isTrafficOrLocationData() {
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
  public static ImmutablePersonalDataCategory.Builder builder() {
    return ImmutablePersonalDataCategory.builder();
  }

  /**
   * A plain category with no flags.
   *
   * @param name the category as written
   * @return the category
   */
  public static PersonalDataCategory of(String name) {
    return builder().name(name).build();
  }
}
