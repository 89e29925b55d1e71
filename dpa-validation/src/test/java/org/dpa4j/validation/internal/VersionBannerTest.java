package org.dpa4j.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** Hibernate Validator's start-up banner is quieted only where the application set no level. */
class VersionBannerTest {

  @Test
  void hibernateValidatorsBannerIsQuietedOnceValidationHasRun() {
    Structural.validate(
        org.dpa4j.model.DataProcessingAgreement.builder()
            .metadata(org.dpa4j.model.AgreementMetadata.builder().title("t").build())
            .processor(
                org.dpa4j.model.parties.Party.builder()
                    .role(org.dpa4j.model.parties.PartyRole.PROCESSOR)
                    .legalName("p")
                    .build())
            .controller(
                org.dpa4j.model.parties.Party.builder()
                    .role(org.dpa4j.model.parties.PartyRole.CONTROLLER)
                    .legalName("c")
                    .build())
            .build(),
        1);
    Logger banner = Logger.getLogger(Structural.VERSION_BANNER_LOGGER);
    // This test JVM configures no logging: nothing above the banner's logger has a level.
    assertThat(banner.getLevel()).isEqualTo(Level.WARNING);
    assertThat(banner.isLoggable(Level.INFO)).isFalse();
    assertThat(banner.isLoggable(Level.WARNING)).isTrue();
  }

  @Test
  void aLoggerWithoutAConfiguredLevelIsQuietedToWarning() {
    Logger logger = Structural.quietBanner("org.dpa4j.test.banner.unset.Version");
    assertThat(logger.getLevel()).isEqualTo(Level.WARNING);
  }

  @Test
  void aLevelTheApplicationSetOnTheLoggerIsKept() {
    Logger own = Logger.getLogger("org.dpa4j.test.banner.own.Version");
    own.setLevel(Level.INFO);
    assertThat(Structural.quietBanner("org.dpa4j.test.banner.own.Version").getLevel())
        .isEqualTo(Level.INFO);
    // Referenced after the call, so that it is not collected (and forgets its level) first.
    assertThat(own.getLevel()).isEqualTo(Level.INFO);
  }

  @Test
  void aLevelTheApplicationSetOnAPackageAboveIsKept() {
    Logger parent = Logger.getLogger("org.dpa4j.test.banner.parent");
    parent.setLevel(Level.FINE);
    Logger banner = Structural.quietBanner("org.dpa4j.test.banner.parent.Version");
    assertThat(banner.getLevel()).isNull();
    assertThat(banner.isLoggable(Level.INFO)).isTrue();
    // Referenced after the call, so that the parent is not collected (and forgets its level) first.
    assertThat(parent.getLevel()).isEqualTo(Level.FINE);
  }
}
