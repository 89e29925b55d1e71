package org.dpa4j.model.value;

import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The ISO code lists the model accepts, fixed here rather than asked of the running JDK: {@code
 * Locale.getISOCountries} and {@code Currency.getAvailableCurrencies} differ between JDK releases
 * (Temurin 25 lists XAD, 17 does not; both list the guilder NLG, withdrawn in 2002), and a document
 * must mean the same, and the schema be the same, on every JDK that runs or builds dpa4j. The
 * reasons for what is in and out are in docs/decisions.md ("One ISO list, not the JDK's").
 *
 * <p>Sources, compared on 2026-11-30: Debian iso-codes 4.15.0 (released 2023-04-27), files {@code
 * iso_3166-1.json} and {@code iso_4217.json}, which follow ISO 3166-1 and ISO 4217 list one; and
 * the lists of OpenJDK 17.0.15 and Temurin 25.0.3. Changes to the ISO lists since then: ZWG (ISO
 * 4217 amendment of 2024) and XCG (of 2025) are added, as both JDKs know them; XAD (2025) waits
 * until every supported JDK knows it, since {@link java.util.Currency} must represent each currency
 * here; UYW is left out for the same reason (no JDK knows it). Codes ISO has withdrawn since 2023
 * (HRK, SLL, ZWL, ANG, CUC) stay: a list that only grows keeps every document that was readable
 * readable. ISO 4217 list three (historic codes, such as NLG and DEM) is not accepted.
 */
final class IsoCodes {
  /** The ISO 3166-1 alpha-2 codes of countries, sorted (249). */
  static final SortedSet<String> COUNTRIES =
      codes(
          """
          AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO
          BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ
          DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP
          GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG
          KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML
          MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE
          PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL
          SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM
          US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW
          """);

  /** The ISO 4217 alphabetic codes of currencies, funds and units of account, sorted (182). */
  static final SortedSet<String> CURRENCIES =
      codes(
          """
          AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BOV BRL BSD
          BTN BWP BYN BZD CAD CDF CHE CHF CHW CLF CLP CNY COP COU CRC CUC CUP CVE CZK DJF DKK DOP
          DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HRK HTG HUF IDR ILS
          INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD
          MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD OMR
          PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SLL SOS
          SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD USN UYI UYU UZS
          VED VES VND VUV WST XAF XAG XAU XBA XBB XBC XBD XCD XCG XDR XOF XPD XPF XPT XSU XTS XUA
          XXX YER ZAR ZMW ZWG ZWL
          """);

  private IsoCodes() {}

  private static SortedSet<String> codes(String text) {
    return Collections.unmodifiableSortedSet(new TreeSet<>(List.of(text.strip().split("\\s+"))));
  }
}
