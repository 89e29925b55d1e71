/**
 * dpa4j's JSON for Jackson 3: {@link org.dpa4j.json.jackson3.DpaJackson3Module} plugs the model's
 * JSON form into a {@code JsonMapper} of your own (Spring Boot 4 among others), and {@link
 * org.dpa4j.json.jackson3.DpaJackson3MappingException} carries the problems of a value that cannot
 * be read or written.
 */
package org.dpa4j.json.jackson3;
