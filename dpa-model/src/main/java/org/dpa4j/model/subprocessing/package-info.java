/** Sub-processors (art. 28(2) and (4) GDPR). */
@DpaStyle
package org.dpa4j.model.subprocessing;

import org.dpa4j.model.DpaStyle;
