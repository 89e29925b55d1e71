/**
 * Lossless, hardened JSON for dpa4j agreements: the {@link org.dpa4j.json.DpaJson} facade, a
 * Jackson 2 module for users' own mappers, and the generated JSON Schema.
 */
module org.dpa4j.json {
  requires transitive org.dpa4j.json.core;
  // For DpaJacksonModule and DpaJsonMappingException, which extend Jackson 2's types.
  requires transitive com.fasterxml.jackson.databind;

  exports org.dpa4j.json;

  provides com.fasterxml.jackson.databind.Module with
      org.dpa4j.json.DpaJacksonModule;
}
