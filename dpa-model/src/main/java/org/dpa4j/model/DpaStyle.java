package org.dpa4j.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of dpa4j, applied per package in {@code package-info.java}.
 *
 * <p>Accessors are JavaBeans getters ({@code getX()}, {@code isX()}) so that Jakarta Validation
 * sees them; builders are strict (an attribute is set once); missing required attributes raise a
 * {@link DpaModelException} that names every missing attribute at once; attributes marked
 * {@code @Value.Redacted} (personal data) never appear in {@code toString()}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    get = {"is*", "get*"},
    init = "*",
    jdkOnly = true,
    strictBuilder = true,
    redactedMask = "<redacted>",
    throwForInvalidImmutableState = DpaModelException.class,
    defaults = @Value.Immutable(copy = true))
public @interface DpaStyle {}
