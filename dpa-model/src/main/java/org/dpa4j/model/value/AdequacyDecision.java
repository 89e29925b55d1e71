package org.dpa4j.model.value;

import java.time.LocalDate;
import java.util.Optional;
import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/**
 * The European Commission's adequacy decisions under art. 45(3) GDPR (and art. 25(6) of Directive
 * 95/46/EC, kept in force by art. 45(9) GDPR): the one place that says which third countries offer
 * adequate protection, with each decision's number and date of adoption.
 *
 * <p>A transfer to a country with a decision that covers the whole country needs no further
 * mechanism ({@link CountryCode#isAdequate()}). The decision for the United States (the EU-US Data
 * Privacy Framework) covers only certified recipients, so the US is adequate only for those, which
 * the transfer mechanism {@code dpf} expresses. Decisions limited to a sector (Canada: commercial
 * organisations under PIPEDA; Japan: businesses under the APPI) count as covering the country,
 * since a processor's sub-processors are such organisations. Each decision's {@link Scope} says
 * which: the Commission's own list of adequacy decisions qualifies these three as partial.
 *
 * <p class="nl">De adequaatheidsbesluiten van de Europese Commissie op grond van art. 45 lid 3 AVG
 * (en art. 25 lid 6 van Richtlijn 95/46/EG, dat door art. 45 lid 9 AVG van kracht blijft): de ene
 * plek die zegt welke derde landen een passend beschermingsniveau bieden, met het nummer en de
 * datum van vaststelling van elk besluit.
 */
public enum AdequacyDecision implements CodedEnum {
  /**
   * Andorra: Commission Decision 2010/625/EU of 19 October 2010.
   *
   * <p class="nl">Andorra: Besluit 2010/625/EU van de Commissie van 19 oktober 2010.
   */
  ANDORRA(
      "AD", "2010/625/EU", LocalDate.of(2010, 10, 19), Scope.WHOLE_COUNTRY, "Andorra", "Andorra"),
  /**
   * Argentina: Commission Decision 2003/490/EC of 30 June 2003.
   *
   * <p class="nl">Argentinië: Beschikking 2003/490/EG van de Commissie van 30 juni 2003.
   */
  ARGENTINA(
      "AR",
      "2003/490/EC",
      LocalDate.of(2003, 6, 30),
      Scope.WHOLE_COUNTRY,
      "Argentina",
      "Argentinië"),
  /**
   * Canada: Commission Decision 2002/2/EC of 20 December 2001, for commercial organisations subject
   * to PIPEDA.
   *
   * <p class="nl">Canada: Beschikking 2002/2/EG van de Commissie van 20 december 2001, voor
   * commerciële organisaties waarop PIPEDA van toepassing is.
   */
  CANADA("CA", "2002/2/EC", LocalDate.of(2001, 12, 20), Scope.SECTOR, "Canada", "Canada"),
  /**
   * Switzerland: Commission Decision 2000/518/EC of 26 July 2000.
   *
   * <p class="nl">Zwitserland: Beschikking 2000/518/EG van de Commissie van 26 juli 2000.
   */
  SWITZERLAND(
      "CH",
      "2000/518/EC",
      LocalDate.of(2000, 7, 26),
      Scope.WHOLE_COUNTRY,
      "Switzerland",
      "Zwitserland"),
  /**
   * Faroe Islands: Commission Decision 2010/146/EU of 5 March 2010.
   *
   * <p class="nl">Faeröer: Besluit 2010/146/EU van de Commissie van 5 maart 2010.
   */
  FAROE_ISLANDS(
      "FO",
      "2010/146/EU",
      LocalDate.of(2010, 3, 5),
      Scope.WHOLE_COUNTRY,
      "Faroe Islands",
      "Faeröer"),
  /**
   * United Kingdom: Commission Implementing Decision (EU) 2021/1772 of 28 June 2021 (GDPR), whose
   * validity the Commission limits in time and renews.
   *
   * <p class="nl">Verenigd Koninkrijk: Uitvoeringsbesluit (EU) 2021/1772 van de Commissie van 28
   * juni 2021 (AVG), waarvan de Commissie de geldigheid in de tijd beperkt en verlengt.
   */
  UNITED_KINGDOM(
      "GB",
      "(EU) 2021/1772",
      LocalDate.of(2021, 6, 28),
      Scope.WHOLE_COUNTRY,
      "United Kingdom",
      "Verenigd Koninkrijk"),
  /**
   * Guernsey: Commission Decision 2003/821/EC of 21 November 2003.
   *
   * <p class="nl">Guernsey: Beschikking 2003/821/EG van de Commissie van 21 november 2003.
   */
  GUERNSEY(
      "GG", "2003/821/EC", LocalDate.of(2003, 11, 21), Scope.WHOLE_COUNTRY, "Guernsey", "Guernsey"),
  /**
   * Israel: Commission Decision 2011/61/EU of 31 January 2011.
   *
   * <p class="nl">Israël: Besluit 2011/61/EU van de Commissie van 31 januari 2011.
   */
  ISRAEL("IL", "2011/61/EU", LocalDate.of(2011, 1, 31), Scope.WHOLE_COUNTRY, "Israel", "Israël"),
  /**
   * Isle of Man: Commission Decision 2004/411/EC of 28 April 2004.
   *
   * <p class="nl">Man: Beschikking 2004/411/EG van de Commissie van 28 april 2004.
   */
  ISLE_OF_MAN(
      "IM", "2004/411/EC", LocalDate.of(2004, 4, 28), Scope.WHOLE_COUNTRY, "Isle of Man", "Man"),
  /**
   * Jersey: Commission Decision 2008/393/EC of 8 May 2008.
   *
   * <p class="nl">Jersey: Beschikking 2008/393/EG van de Commissie van 8 mei 2008.
   */
  JERSEY("JE", "2008/393/EC", LocalDate.of(2008, 5, 8), Scope.WHOLE_COUNTRY, "Jersey", "Jersey"),
  /**
   * Japan: Commission Implementing Decision (EU) 2019/419 of 23 January 2019, for businesses
   * subject to the APPI.
   *
   * <p class="nl">Japan: Uitvoeringsbesluit (EU) 2019/419 van de Commissie van 23 januari 2019,
   * voor ondernemingen waarop de APPI van toepassing is.
   */
  JAPAN("JP", "(EU) 2019/419", LocalDate.of(2019, 1, 23), Scope.SECTOR, "Japan", "Japan"),
  /**
   * Republic of Korea: Commission Implementing Decision (EU) 2022/254 of 17 December 2021.
   *
   * <p class="nl">Republiek Korea: Uitvoeringsbesluit (EU) 2022/254 van de Commissie van 17
   * december 2021.
   */
  REPUBLIC_OF_KOREA(
      "KR",
      "(EU) 2022/254",
      LocalDate.of(2021, 12, 17),
      Scope.WHOLE_COUNTRY,
      "Republic of Korea",
      "Zuid-Korea"),
  /**
   * New Zealand: Commission Decision 2013/65/EU of 19 December 2012.
   *
   * <p class="nl">Nieuw-Zeeland: Besluit 2013/65/EU van de Commissie van 19 december 2012.
   */
  NEW_ZEALAND(
      "NZ",
      "2013/65/EU",
      LocalDate.of(2012, 12, 19),
      Scope.WHOLE_COUNTRY,
      "New Zealand",
      "Nieuw-Zeeland"),
  /**
   * United States: Commission Implementing Decision (EU) 2023/1795 of 10 July 2023 (EU-US Data
   * Privacy Framework), only for recipients certified under the Framework.
   *
   * <p class="nl">Verenigde Staten: Uitvoeringsbesluit (EU) 2023/1795 van de Commissie van 10 juli
   * 2023 (EU-VS Data Privacy Framework), alleen voor ontvangers die onder het Framework zijn
   * gecertificeerd.
   */
  UNITED_STATES(
      "US",
      "(EU) 2023/1795",
      LocalDate.of(2023, 7, 10),
      Scope.CERTIFIED_RECIPIENTS,
      "United States (certified recipients only)",
      "Verenigde Staten (alleen gecertificeerde ontvangers)"),
  /**
   * Uruguay: Commission Implementing Decision 2012/484/EU of 21 August 2012.
   *
   * <p class="nl">Uruguay: Uitvoeringsbesluit 2012/484/EU van de Commissie van 21 augustus 2012.
   */
  URUGUAY(
      "UY", "2012/484/EU", LocalDate.of(2012, 8, 21), Scope.WHOLE_COUNTRY, "Uruguay", "Uruguay");

  private final CountryCode country;
  private final String number;
  private final LocalDate adopted;
  private final Scope scope;
  private final LocalizedText label;

  AdequacyDecision(
      String country, String number, LocalDate adopted, Scope scope, String english, String dutch) {
    this.country = CountryCode.of(country);
    this.number = number;
    this.adopted = adopted;
    this.scope = scope;
    this.label = LocalizedText.of(english, dutch);
  }

  /**
   * Returns the decision for a country, if the Commission has adopted one.
   *
   * @param country a country; a group (EU, EEA) has none
   * @return the decision, or empty
   */
  public static Optional<AdequacyDecision> forCountry(CountryCode country) {
    for (AdequacyDecision decision : values()) {
      if (decision.country.equals(country)) {
        return Optional.of(decision);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the country the decision finds adequate.
   *
   * @return the country
   */
  public CountryCode getCountry() {
    return country;
  }

  /**
   * Returns the decision's number as the Official Journal writes it.
   *
   * @return such as {@code (EU) 2021/1772} or {@code 2000/518/EC}
   */
  public String getNumber() {
    return number;
  }

  /**
   * Returns the day the Commission adopted the decision.
   *
   * @return the date of the decision
   */
  public LocalDate getAdopted() {
    return adopted;
  }

  /**
   * Tells whether the decision covers only recipients certified under a framework (the EU-US Data
   * Privacy Framework), not every recipient in the country.
   *
   * @return true for the United States
   */
  public boolean isCertifiedRecipientsOnly() {
    return scope == Scope.CERTIFIED_RECIPIENTS;
  }

  /**
   * Returns which recipients in the country the decision covers.
   *
   * @return the whole country, a sector, or certified recipients only
   */
  public Scope getScope() {
    return scope;
  }

  /**
   * Tells whether the decision covers only part of the recipients in its country (a partial
   * adequacy: a sector, or certified recipients), as the Commission's list of adequacy decisions
   * qualifies the decisions for Canada, Japan and the United States.
   *
   * @return true unless the decision covers the whole country
   */
  public boolean isPartial() {
    return scope != Scope.WHOLE_COUNTRY;
  }

  /** Which recipients in a country an adequacy decision covers. */
  public enum Scope {
    /**
     * Every recipient in the country.
     *
     * <p class="nl">Elke ontvanger in het land.
     */
    WHOLE_COUNTRY,
    /**
     * The recipients of one sector only: Canada's decision 2002/2/EC covers commercial
     * organisations subject to PIPEDA, Japan's (EU) 2019/419 businesses subject to the APPI.
     *
     * <p class="nl">Alleen de ontvangers in één sector: het Canadese besluit 2002/2/EG geldt voor
     * commerciële organisaties waarop PIPEDA van toepassing is, het Japanse (EU) 2019/419 voor
     * ondernemingen waarop de APPI van toepassing is.
     */
    SECTOR,
    /**
     * Only recipients certified under a framework: the EU-US Data Privacy Framework, Commission
     * Implementing Decision (EU) 2023/1795.
     *
     * <p class="nl">Alleen ontvangers die onder een kader zijn gecertificeerd: het EU-VS-kader voor
     * gegevensbescherming, Uitvoeringsbesluit (EU) 2023/1795 van de Commissie.
     */
    CERTIFIED_RECIPIENTS
  }

  /**
   * Returns the country's name with the decision's scope, for people.
   *
   * @return the name in English and Dutch
   */
  @Override
  public LocalizedText getLabel() {
    return label;
  }
}
