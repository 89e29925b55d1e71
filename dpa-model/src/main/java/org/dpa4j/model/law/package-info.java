/** The laws an agreement serves and the standard clauses it incorporates. */
@DpaStyle
package org.dpa4j.model.law;

import org.dpa4j.model.DpaStyle;
