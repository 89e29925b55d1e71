/** End of processing, retention, amendment and termination (art. 28(3)(g) GDPR). */
@DpaStyle
package org.dpa4j.model.termination;

import org.dpa4j.model.DpaStyle;
