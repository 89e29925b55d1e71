package org.dpa4j.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.dpa4j.json.DpaJson;
import org.dpa4j.testkit.SeedAgreements;
import org.dpa4j.validation.DpaValidator;
import org.dpa4j.validation.ValidationReport;
import org.junit.jupiter.api.Test;

/** One DpaJson and one DpaValidator shared by many threads give the results of a single thread. */
class ConcurrencyTest {

  @Test
  void sharedInstancesGiveSingleThreadResults() throws Exception {
    DpaJson json = DpaJson.standard();
    DpaValidator validator = DpaValidator.create();
    List<byte[]> files = new ArrayList<>();
    List<String> written = new ArrayList<>();
    List<ValidationReport> expected = new ArrayList<>();
    for (String name : SeedAgreements.names()) {
      byte[] bytes = Files.readAllBytes(Path.of("../examples/agreements", name + ".json"));
      files.add(bytes);
      written.add(json.write(json.read(bytes)));
      expected.add(validator.validate(json.read(bytes)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Integer>> futures = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int offset = t;
        futures.add(
            pool.submit(
                () -> {
                  int checked = 0;
                  for (int i = 0; i < 200; i++) {
                    int k = (i + offset) % files.size();
                    var agreement = json.read(files.get(k));
                    assertThat(json.write(agreement)).isEqualTo(written.get(k));
                    assertThat(validator.validate(agreement)).isEqualTo(expected.get(k));
                    checked++;
                  }
                  return checked;
                }));
      }
      int total = 0;
      for (Future<Integer> future : futures) {
        total += future.get(120, TimeUnit.SECONDS);
      }
      assertThat(total).isEqualTo(8 * 200);
    } finally {
      pool.shutdownNow();
    }
  }
}
