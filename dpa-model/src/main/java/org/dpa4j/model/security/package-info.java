/** Confidentiality and security of the processing (art. 28(3)(b) and (c), art. 32 GDPR). */
@DpaStyle
package org.dpa4j.model.security;

import org.dpa4j.model.DpaStyle;
