package org.dpa4j.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: the first use of dpa-json on a thread with a 96-144 KiB stack overflowed while
 * Jackson's and dpa4j's classes were being initialised; the JVM marked {@code DpaJson} as erroneous
 * and every later use, on any thread, failed with {@code NoClassDefFoundError}. Class
 * initialisation happens once per JVM, so each case runs in a fresh one.
 */
class SmallStackTest {

  @Test
  void aFirstUseOnASmallStackWorksAndDoesNotBreakLaterUses() throws Exception {
    for (String stack : List.of("96", "128")) {
      assertThat(run(stack, "128"))
          .containsExactly("stack " + stack + " KiB: ok", "stack 128 KiB: ok", "main: ok");
    }
  }

  /** Runs {@link SmallStackFirstUse} in a fresh JVM with this test's class path. */
  private static List<String> run(String... stacks) throws Exception {
    String classPath =
        Stream.of(System.getProperty("java.class.path"), System.getProperty("jdk.module.path"))
            .filter(p -> p != null && !p.isEmpty())
            .collect(Collectors.joining(File.pathSeparator));
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command =
        Stream.concat(
                Stream.of(
                    java.toString(),
                    "-cp",
                    classPath,
                    SmallStackFirstUse.class.getName(),
                    "src/test/resources/golden/v2/lenient-extensions.json"),
                Stream.of(stacks))
            .toList();
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    return output.lines().toList();
  }
}
