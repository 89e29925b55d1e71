/**
 * Test support for dpa4j users and dpa4j itself: the five seed agreements as fixtures and a seeded
 * generator of valid, realistic agreements for property tests.
 */
module org.dpa4j.testkit {
  requires transitive org.dpa4j.model;

  exports org.dpa4j.testkit;
}
