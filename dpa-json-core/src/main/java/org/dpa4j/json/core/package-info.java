/**
 * What dpa4j's JSON readers have in common whichever JSON library runs them: the {@link
 * org.dpa4j.json.core.JsonProblemCode problem codes} that {@code DpaJson}, {@code DpaJacksonModule}
 * (Jackson 2) and {@code DpaJackson3Module} (Jackson 3) report.
 */
package org.dpa4j.json.core;
