/** Liability, indemnities and fines (art. 82 and 83 GDPR). */
@DpaStyle
package org.dpa4j.model.liability;

import org.dpa4j.model.DpaStyle;
