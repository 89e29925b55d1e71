package org.dpa4j.json;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Run in a fresh JVM by {@link SmallStackTest}: the first use of dpa-json happens on a thread with
 * a small stack, then dpa-json is used again on the main thread. Prints one line per read: {@code
 * <where>: ok} or {@code <where>: <the failure>}.
 */
public final class SmallStackFirstUse {
  private SmallStackFirstUse() {}

  /**
   * Reads the document named by the first argument on threads with the stacks (KiB) named by the
   * others, the first of them the first use in this JVM, then on the main thread.
   *
   * @param args the document's path, then stack sizes in KiB
   * @throws Exception when the document cannot be read from disk or a thread is interrupted
   */
  public static void main(String[] args) throws Exception {
    byte[] document = Files.readAllBytes(Path.of(args[0]));
    for (int i = 1; i < args.length; i++) {
      Object[] outcome = new Object[1];
      Thread small =
          new Thread(
              null,
              () -> outcome[0] = attempt(document),
              "small-" + args[i],
              Long.parseLong(args[i]) * 1024);
      small.start();
      small.join();
      System.out.println("stack " + args[i] + " KiB: " + outcome[0]);
    }
    System.out.println("main: " + attempt(document));
  }

  private static String attempt(byte[] document) {
    try {
      DpaJson lenient = DpaJson.standard().lenient();
      lenient.write(lenient.read(document));
      return "ok";
    } catch (Throwable e) {
      return e.toString();
    }
  }
}
