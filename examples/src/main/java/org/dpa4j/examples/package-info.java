/**
 * Runnable programs that show how to embed dpa4j; each has a {@code main} and a test that runs it.
 */
package org.dpa4j.examples;
