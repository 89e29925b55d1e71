/**
 * Fixtures and generators: {@link org.dpa4j.testkit.SeedAgreements} gives the five real Dutch
 * agreements of the reference corpus as model instances; {@link
 * org.dpa4j.testkit.AgreementGenerator} makes valid agreements reproducibly from a seed.
 */
package org.dpa4j.testkit;
