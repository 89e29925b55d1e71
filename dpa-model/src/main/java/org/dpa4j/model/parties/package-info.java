/**
 * The parties to an agreement: processor and controller, with registration numbers, addresses and
 * contacts.
 */
@DpaStyle
package org.dpa4j.model.parties;

import org.dpa4j.model.DpaStyle;
