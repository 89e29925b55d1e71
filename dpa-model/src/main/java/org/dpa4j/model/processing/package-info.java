/**
 * What is processed and how: scope, instructions, data subject requests and assistance (art. 28(3)
 * chapeau, (a), (e), (f) GDPR).
 */
@DpaStyle
package org.dpa4j.model.processing;

import org.dpa4j.model.DpaStyle;
