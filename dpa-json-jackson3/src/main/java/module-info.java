/**
 * A Jackson 3 ({@code tools.jackson}) module that reads and writes the dpa4j model in dpa-json's
 * JSON form, through the same mapping and binder as dpa-json's Jackson 2 module.
 */
// "jackson3" ends in a digit, which javac's module lint frowns on; the name says which Jackson.
@SuppressWarnings("module")
module org.dpa4j.json.jackson3 {
  requires transitive org.dpa4j.json.core;
  // DpaJackson3Module and DpaJackson3MappingException extend Jackson 3's types.
  requires transitive tools.jackson.databind;

  exports org.dpa4j.json.jackson3;

  provides tools.jackson.databind.JacksonModule with
      org.dpa4j.json.jackson3.DpaJackson3Module;
}
