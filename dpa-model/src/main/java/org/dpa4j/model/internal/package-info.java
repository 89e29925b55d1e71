/**
 * Machinery the dpa4j modules share. Not API: it may change in any release; exported only so that
 * dpa4j's own modules reach it however they are loaded.
 */
package org.dpa4j.model.internal;
