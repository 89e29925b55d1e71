/**
 * Validation of agreements: structural (Jakarta Validation) and against the GDPR art. 28 rule
 * catalogue.
 *
 * <p>{@link org.dpa4j.validation.DpaValidator} checks an agreement and returns a {@link
 * org.dpa4j.validation.ValidationReport} of {@link org.dpa4j.validation.Finding findings}; the
 * thresholds live in a {@link org.dpa4j.validation.Policy}; organisations add their own checks
 * through {@link org.dpa4j.validation.DpaRule}.
 */
@DpaStyle
package org.dpa4j.validation;

import org.dpa4j.model.DpaStyle;
