package org.dpa4j.benchmarks;

import java.nio.charset.StandardCharsets;
import org.dpa4j.json.DpaJson;
import org.dpa4j.json.DpaJsonOptions;
import org.dpa4j.model.DataProcessingAgreement;
import org.dpa4j.testkit.AgreementGenerator;
import org.dpa4j.testkit.SeedAgreements;

/** The benchmark inputs: the five seeds, and generated agreements with n entries per large list. */
final class Inputs {
  /** Large enough for the 10,000-entry agreements (about 20 MB of JSON). */
  static final DpaJson JSON =
      DpaJson.withOptions(DpaJsonOptions.defaults().withMaxDocumentLength(256 * 1024 * 1024));

  private Inputs() {}

  /**
   * Returns an input by name: a seed name, or {@code gen-N}.
   *
   * @param name the input
   * @return the agreement
   */
  static DataProcessingAgreement agreement(String name) {
    if (name.startsWith("gen-")) {
      return new AgreementGenerator(20261122L).next(Integer.parseInt(name.substring(4)));
    }
    return SeedAgreements.all().get(name).get();
  }

  static byte[] json(String name) {
    return JSON.write(agreement(name)).getBytes(StandardCharsets.UTF_8);
  }
}
