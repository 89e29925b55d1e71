/**
 * The machinery behind {@link org.dpa4j.json.DpaJson}: the mapping between model and JSON, the
 * binder, the canonical writer, the locator and the schema generator. Not API: this package is not
 * exported.
 */
package org.dpa4j.json.internal;
