package org.dpa4j.validation.internal;

/**
 * How many violations dpa4j's own constraint validators may still report in the structural
 * validation running on this thread: a document with 300,000 blank entries made as many Hibernate
 * Validator violations (each with its path and message, some 1.5 KB) before the report kept its
 * first thousand, 450 MB in all. Once the budget is spent, a validator counts an invalid value
 * instead of reporting it, so the report's number of findings not shown stays exact.
 *
 * <p>Outside {@link Structural#validate} (a user's own Hibernate Validator that finds these
 * validators through {@code META-INF/services}) there is no budget and every violation is reported.
 */
final class ViolationBudget {
  private static final ThreadLocal<ViolationBudget> CURRENT = new ThreadLocal<>();

  private int left;
  private int counted;

  private ViolationBudget(int left) {
    this.left = left;
  }

  /**
   * Starts a budget on this thread for one validation.
   *
   * @param violations the violations that may be reported, 0 or more
   * @return the budget; {@link #close()} it when the validation ends
   */
  static ViolationBudget open(int violations) {
    ViolationBudget budget = new ViolationBudget(violations);
    budget.outer = CURRENT.get();
    CURRENT.set(budget);
    return budget;
  }

  // A validation started inside another one's (a custom rule validating a part, say) has its own.
  private ViolationBudget outer;

  /** Ends the budget, restoring the one of an enclosing validation, if any. */
  void close() {
    if (outer == null) {
      CURRENT.remove();
    } else {
      CURRENT.set(outer);
    }
  }

  /**
   * Returns the invalid values counted, not reported, once the budget was spent.
   *
   * @return the count
   */
  int counted() {
    return counted;
  }

  /**
   * Tells a validator what to answer for a value: valid values stay valid; an invalid one is
   * reported while the budget lasts, then counted and answered as valid.
   *
   * @param valid whether the value satisfies the constraint
   * @return what the validator returns
   */
  static boolean answer(boolean valid) {
    if (valid) {
      return true;
    }
    ViolationBudget budget = CURRENT.get();
    if (budget == null || budget.left > 0) {
      if (budget != null) {
        budget.left--;
      }
      return false;
    }
    budget.counted++;
    return true;
  }
}
