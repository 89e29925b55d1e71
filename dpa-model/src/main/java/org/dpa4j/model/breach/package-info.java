/** Notification of personal data breaches (art. 33 GDPR). */
@DpaStyle
package org.dpa4j.model.breach;

import org.dpa4j.model.DpaStyle;
