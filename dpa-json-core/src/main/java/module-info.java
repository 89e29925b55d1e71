/**
 * The Jackson-free part of dpa4j's JSON: the problem codes ({@link
 * org.dpa4j.json.core.JsonProblemCode}), and the mapping between the model and JSON with the binder
 * that both Jackson modules read through ({@code org.dpa4j.json.core.internal}, not API).
 */
module org.dpa4j.json.core {
  requires transitive org.dpa4j.model;

  exports org.dpa4j.json.core;
  // Shared by dpa-json (Jackson 2) and dpa-json-jackson3, not API. Exported to all, as dpa-model's
  // internal package is: a qualified export would not reach either module when it is on the class
  // path and this one on the module path.
  exports org.dpa4j.json.core.internal;
}
