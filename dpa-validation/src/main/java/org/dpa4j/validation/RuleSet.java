package org.dpa4j.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.dpa4j.model.DataProcessingAgreement;

/**
 * The rules and pointers one chapter class declares, in declaration order. Filled while the chapter
 * class is initialised, read only after.
 */
final class RuleSet {
  /** A rule's logic: the finding of one of its outcomes, or empty when it passes. */
  @FunctionalInterface
  interface Check {
    Optional<RuleResult> apply(DataProcessingAgreement agreement, Policy policy);
  }

  private final Chapter chapter;
  private final List<CatalogRule> rules = new ArrayList<>();
  private final List<RulePointer> pointers = new ArrayList<>();

  RuleSet(Chapter chapter) {
    this.chapter = chapter;
  }

  Chapter getChapter() {
    return chapter;
  }

  List<CatalogRule> getRules() {
    return Collections.unmodifiableList(rules);
  }

  List<RulePointer> getPointers() {
    return Collections.unmodifiableList(pointers);
  }

  /** Declares a rule; its outcomes and thresholds follow it in the chapter class. */
  CatalogRule rule(
      String id,
      int number,
      String legalBasis,
      String dutchLegalBasis,
      String requirement,
      String dutchRequirement,
      Check check) {
    CatalogRule rule =
        new CatalogRule(
            chapter, id, number, legalBasis, dutchLegalBasis, requirement, dutchRequirement, check);
    rules.add(rule);
    return rule;
  }

  /** Declares a pointer the chapter's rules report at. */
  RulePointer pointer(String template) {
    RulePointer pointer = new RulePointer(template);
    pointers.add(pointer);
    return pointer;
  }
}
