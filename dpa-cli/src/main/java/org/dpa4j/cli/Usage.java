package org.dpa4j.cli;

/** Thrown for bad command-line usage: the command exits with 64 and prints the message. */
final class Usage extends RuntimeException {
  private static final long serialVersionUID = 1L;

  Usage(String message) {
    super(message);
  }
}
