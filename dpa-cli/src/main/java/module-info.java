/** The {@code dpa} command-line tool. */
module org.dpa4j.cli {
  requires org.dpa4j.json;
  requires org.dpa4j.validation;
  requires org.dpa4j.diff;
  requires java.logging;

  exports org.dpa4j.cli;
}
