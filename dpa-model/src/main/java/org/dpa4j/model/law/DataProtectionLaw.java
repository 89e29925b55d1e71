package org.dpa4j.model.law;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/**
 * A data protection law an agreement serves.
 *
 * <p class="nl">Een gegevensbeschermingswet die een overeenkomst dient.
 */
public enum DataProtectionLaw implements CodedEnum {
  /**
   * Regulation (EU) 2016/679, the General Data Protection Regulation.
   *
   * <p class="nl">Verordening (EU) 2016/679, de Algemene verordening gegevensbescherming.
   */
  GDPR("GDPR (Regulation (EU) 2016/679)", "AVG (Verordening (EU) 2016/679)"),
  /**
   * Regulation (EU) 2018/1725, which applies to processing by Union institutions and bodies.
   *
   * <p class="nl">Verordening (EU) 2018/1725, die geldt voor verwerkingen door de instellingen en
   * organen van de Unie.
   */
  EUDPR(
      "Regulation (EU) 2018/1725 (EU institutions)",
      "Verordening (EU) 2018/1725 (EU-instellingen)"),
  /**
   * The UK GDPR with the Data Protection Act 2018, the law of the United Kingdom.
   *
   * <p class="nl">De UK GDPR met de "Data Protection Act 2018", het recht van het Verenigd
   * Koninkrijk.
   */
  UK_GDPR("UK GDPR", "VK-AVG (UK GDPR)"),
  /**
   * The Swiss Federal Act on Data Protection (FADP), in its revised version in force since 2023.
   *
   * <p class="nl">De Zwitserse federale wet betreffende gegevensbescherming (FADP), in de herziene
   * versie die sinds 2023 van kracht is.
   */
  SWISS_FADP("Swiss Federal Act on Data Protection", "Zwitserse federale wet gegevensbescherming"),
  /**
   * Directive 95/46/EC, repealed by the GDPR from 25 May 2018, as named by texts written before
   * then.
   *
   * <p class="nl">Richtlijn 95/46/EG, met ingang van 25 mei 2018 ingetrokken door de AVG, zoals
   * genoemd in teksten die daarvoor zijn geschreven.
   */
  DIRECTIVE_95_46("Directive 95/46/EC (repealed)", "Richtlijn 95/46/EG (ingetrokken)"),
  /**
   * A national law implementing Directive 95/46/EC, such as the Dutch Wbp; name it with
   * jurisdiction and name.
   *
   * <p class="nl">Een nationale wet ter uitvoering van Richtlijn 95/46/EG, zoals de Nederlandse
   * Wbp; noem haar met rechtsgebied en naam.
   */
  NATIONAL_PRE_GDPR("national law before the GDPR", "nationale wet van voor de AVG"),
  /**
   * A national law that applies alongside the GDPR and supplements it, such as the Dutch UAVG or
   * the German BDSG.
   *
   * <p class="nl">Een nationale wet die naast de AVG geldt en haar aanvult, zoals de Nederlandse
   * UAVG of de Duitse BDSG.
   */
  NATIONAL_IMPLEMENTATION("national law alongside the GDPR", "nationale uitvoeringswet van de AVG"),
  /**
   * A US state privacy law, such as the California CCPA/CPRA; name the state as jurisdiction.
   *
   * <p class="nl">Een privacywet van een Amerikaanse staat, zoals de Californische CCPA/CPRA; noem
   * de staat als rechtsgebied.
   */
  US_STATE_LAW("US state privacy law", "privacywet van een Amerikaanse staat"),
  /**
   * Any other data protection law, named with jurisdiction and name.
   *
   * <p class="nl">Elke andere wet inzake gegevensbescherming, genoemd met rechtsgebied en naam.
   */
  OTHER("other data protection law", "andere gegevensbeschermingswet");

  private final LocalizedText label;

  DataProtectionLaw(String english, String dutch) {
    this.label = LocalizedText.of(english, dutch);
  }

  @Override
  public LocalizedText getLabel() {
    return label;
  }
}
