/**
 * Compares two agreements: {@link org.dpa4j.diff.DpaDiff} returns an {@link
 * org.dpa4j.diff.AgreementDiff} of typed {@link org.dpa4j.diff.Change changes}, each stricter,
 * looser, neutral or unknown for the processor, and the {@link org.dpa4j.diff.FindingChange
 * findings} that appear, disappear or change severity between the two versions.
 */
package org.dpa4j.diff;
