/** The implementations of the catalogue rules and structural validation. Not API; not exported. */
package org.dpa4j.validation.internal;
