/**
 * JMH benchmarks of dpa4j with baselines, and the programs that measure start-up and retained size.
 */
package org.dpa4j.benchmarks;
