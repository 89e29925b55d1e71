/** Transfers outside the EU and EEA (chapter V GDPR). */
@DpaStyle
package org.dpa4j.model.transfers;

import org.dpa4j.model.DpaStyle;
