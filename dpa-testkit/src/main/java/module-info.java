/**
 * Test support for dpa4j users and dpa4j itself: the five seed agreements as fixtures and a seeded
 * generator of valid, realistic agreements for property tests, and a processor-time budget for
 * tests that guard against work growing faster than its input.
 */
module org.dpa4j.testkit {
  requires transitive org.dpa4j.model;
  requires java.management;

  exports org.dpa4j.testkit;
}
