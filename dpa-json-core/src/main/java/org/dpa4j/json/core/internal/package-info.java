/**
 * The one mapping between the model and JSON, shared by dpa-json (Jackson 2) and dpa-json-jackson3:
 * the model's object and value types, the binder that reads them from a {@link
 * org.dpa4j.json.core.internal.JsonCursor} with every rule of the format, and the walk that writes
 * them to a {@link org.dpa4j.json.core.internal.JsonSink}. Each Jackson module adapts its parser
 * and generator to these two small interfaces.
 *
 * <p>Not API: exported to every module only because a qualified export does not reach a module on
 * the class path; it may change in any release.
 */
package org.dpa4j.json.core.internal;
