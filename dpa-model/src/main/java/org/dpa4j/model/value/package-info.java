/**
 * Small value types with a text form: time limits as written ({@code PT48H}, {@code P12W}),
 * deadlines, money, countries, Dutch KvK and VAT numbers, and partial dates.
 *
 * <p>Every type with a text form parses what {@code toString()} returns, and {@code parse} rejects
 * bad text with a {@link org.dpa4j.model.DpaModelException}.
 */
@DpaStyle
package org.dpa4j.model.value;

import org.dpa4j.model.DpaStyle;
