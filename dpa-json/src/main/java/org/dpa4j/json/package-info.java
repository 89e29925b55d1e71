/**
 * JSON for dpa4j agreements.
 *
 * <p>{@link org.dpa4j.json.DpaJson} reads and writes agreements; reading is strict and hardened by
 * default and reports every problem of a document at once as a {@link
 * org.dpa4j.json.DpaJsonException}. {@link org.dpa4j.json.DpaJacksonModule} plugs the same mapping
 * into an {@code ObjectMapper} of your own. {@link org.dpa4j.json.DpaJson#schema()} returns the
 * JSON Schema (2020-12) of the format.
 */
package org.dpa4j.json;
