/**
 * Jakarta Validation constraints of the model that the standard ones do not cover. They are
 * declared library-style ({@code validatedBy = {}}); dpa-validation registers their validators
 * through {@code META-INF/services/jakarta.validation.ConstraintValidator}.
 */
package org.dpa4j.model.constraints;
