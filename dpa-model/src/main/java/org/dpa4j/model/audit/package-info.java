/** Information on compliance and audits (art. 28(3)(h) GDPR). */
@DpaStyle
package org.dpa4j.model.audit;

import org.dpa4j.model.DpaStyle;
