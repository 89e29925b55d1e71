package org.dpa4j.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.dpa4j.model.DataProcessingAgreement;

/**
 * Estimates the heap retained by one read agreement: reads many independent copies, keeps them, and
 * divides the growth of the used heap after full collections by the number of copies. Prints {@code
 * input retainedBytes jsonBytes} per input.
 */
public final class RetainedSize {
  private RetainedSize() {}

  /**
   * Measures.
   *
   * @param args input names
   */
  public static void main(String[] args) {
    for (String input : args) {
      byte[] json = Inputs.json(input);
      int copies = Math.max(5, 4_000_000 / json.length);
      long before = used();
      List<DataProcessingAgreement> kept = new ArrayList<>(copies);
      for (int i = 0; i < copies; i++) {
        // A new String per copy, so that copies share nothing but interned constants.
        kept.add(Inputs.JSON.read(new String(json, StandardCharsets.UTF_8)));
      }
      long after = used();
      System.out.println(
          input + " " + (after - before) / copies + " " + json.length + " " + kept.size());
    }
  }

  private static long used() {
    Runtime runtime = Runtime.getRuntime();
    for (int i = 0; i < 4; i++) {
      System.gc();
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return runtime.totalMemory() - runtime.freeMemory();
  }
}
