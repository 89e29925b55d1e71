/** Machinery the dpa4j modules share that is not API: exported only to dpa4j's own modules. */
package org.dpa4j.model.internal;
