package org.dpa4j.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hibernate Validator's start-up banner is quieted only where the application set no level. */
class VersionBannerTest {

  @Test
  void aFreshJvmPrintsNoBannerUnlessTheApplicationAsksForIt(@TempDir Path dir) throws Exception {
    assertThat(standardError(List.of())).doesNotContain("HV000001");
    // An application that configures the logging of a package above the banner's logger sees it.
    Path config = dir.resolve("logging.properties");
    Files.writeString(
        config,
        "handlers=java.util.logging.ConsoleHandler\n"
            + "java.util.logging.ConsoleHandler.level=ALL\n"
            + "org.hibernate.validator.level=INFO\n");
    assertThat(standardError(List.of("-Djava.util.logging.config.file=" + config)))
        .contains("HV000001");
  }

  /** Runs {@link FirstValidation} in a fresh JVM with this test's class path. */
  private static String standardError(List<String> options) throws Exception {
    String classPath =
        Stream.of(System.getProperty("java.class.path"), System.getProperty("jdk.module.path"))
            .filter(p -> p != null && !p.isEmpty())
            .collect(Collectors.joining(File.pathSeparator));
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(options);
    command.addAll(List.of("-cp", classPath, FirstValidation.class.getName()));
    Process process = new ProcessBuilder(command).start();
    process.getOutputStream().close();
    String error = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
    assertThat(process.exitValue()).as(error).isZero();
    return error;
  }

  /** A program that validates one agreement structurally, as a fresh JVM's first validation. */
  public static final class FirstValidation {
    private FirstValidation() {}

    /**
     * Validates.
     *
     * @param args none
     */
    public static void main(String[] args) {
      if (Structural.validate(Structural.warmUpAgreement(), 1).getReported().size() != 0) {
        throw new AssertionError("the agreement is valid");
      }
    }
  }

  @Test
  void hibernateValidatorsBannerIsQuietedOnceValidationHasRun() {
    Structural.validate(Structural.warmUpAgreement(), 1);
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
