package org.dpa4j.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import org.dpa4j.model.Blank;
import org.dpa4j.model.DataProcessingAgreement;
import org.dpa4j.model.LocalizedText;
import org.dpa4j.validation.internal.Pointers;
import org.dpa4j.validation.internal.Structural;

/**
 * Validates agreements: structurally (Jakarta Validation on the model) and against the GDPR art. 28
 * rule catalogue plus any custom rules.
 *
 * <pre>{@code
 * DpaValidator validator = DpaValidator.create();          // build once, reuse: thread-safe
 * ValidationReport report = validator.validate(agreement);
 * List<String> errors = report.getFindings(Severity.ERROR).stream()
 *     .map(f -> f.getRuleId() + " " + f.getClauses() + " " + f.getMessage())
 *     .toList();
 * }</pre>
 *
 * <p>A validator is immutable and thread-safe; Hibernate Validator is bootstrapped once per
 * process. {@link #validate} never throws for a valid model instance: a rule that fails (throws any
 * exception, checked or not, or an {@link Error} other than the JVM's own such as {@link
 * OutOfMemoryError}; returns {@code null}; fails while its message is made) is reported as an
 * {@link Severity#ERROR} finding of that rule, with pointer {@code ""} and a message that names
 * what went wrong. A rule's pointer is resolved against the agreement through the model's own
 * accessors only: never through {@code getClass()} or any method outside the model.
 */
public final class DpaValidator {
  /** The rule id under which structural (Jakarta Validation) violations are reported. */
  public static final String STRUCTURE_RULE_ID = "STRUCTURE";

  /**
   * The rule id under which a term a template leaves to be completed is reported (a {@link
   * org.dpa4j.model.Blank}): as incomplete, a {@link Severity#WARNING} unless the policy re-grades
   * it, instead of the findings of the rules that would judge that term.
   */
  public static final String INCOMPLETE_RULE_ID = "TEMPLATE-INCOMPLETE";

  private static final String INCOMPLETE_LEGAL_BASIS =
      "GDPR 28(3) and 28(9): the terms must be agreed in writing; a blank of a template is not one";

  /** The default largest number of findings kept in one report. */
  public static final int DEFAULT_MAX_FINDINGS = 1000;

  private final Policy policy;
  private final Locale locale;
  private final List<DpaRule> rules;
  private final List<String> ids;
  private final boolean structural;
  private final int maxFindings;

  /**
   * Where structural findings and incomplete terms go among the rules' in report order: before them
   * all (-1), unless a rule has taken their id.
   */
  private final int structureRank;

  private final int incompleteRank;

  private DpaValidator(Builder builder) {
    if (builder.structural) {
      // Hibernate Validator boots on a background thread while the caller goes on (typically to
      // read the document it will validate); the first validate() waits for it.
      Structural.prepare();
    }
    this.policy = builder.policy;
    this.maxFindings = builder.maxFindings;
    this.locale = builder.locale;
    this.structural = builder.structural;
    List<DpaRule> selected = new ArrayList<>();
    selected.addAll(CatalogRule.values());
    selected.addAll(builder.customRules);
    if (builder.serviceRules) {
      for (DpaRule rule : ServiceLoader.load(DpaRule.class)) {
        selected.add(rule);
      }
    }
    Set<String> seen = new TreeSet<>();
    List<DpaRule> enabled = new ArrayList<>();
    List<String> enabledIds = new ArrayList<>();
    for (DpaRule rule : selected) {
      // Asked once: a rule's id is what it had when the validator was built.
      String id = Objects.requireNonNull(rule.getId(), "a rule's id");
      if (!seen.add(id)) {
        throw new IllegalArgumentException("two rules have the id " + id);
      }
      boolean chosen = builder.onlyRules.isEmpty() || builder.onlyRules.contains(id);
      if (chosen && !policy.getDisabledRules().contains(id)) {
        enabled.add(rule);
        enabledIds.add(id);
      }
    }
    this.rules = List.copyOf(enabled);
    this.ids = List.copyOf(enabledIds);
    this.structureRank = ids.indexOf(STRUCTURE_RULE_ID);
    this.incompleteRank = ids.indexOf(INCOMPLETE_RULE_ID);
  }

  /**
   * Returns a validator with the default policy, English messages, all catalogue rules and the
   * custom rules found through {@link ServiceLoader}.
   *
   * <p>The first validator of a process starts bootstrapping Hibernate Validator (about half a
   * second in a fresh JVM) on a background thread: create the validator before reading the
   * document, and the two overlap.
   *
   * @return the validator
   */
  public static DpaValidator create() {
    return builder().build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the rules this validator runs, in report order.
   *
   * @return the rules
   */
  public List<RuleDefinition> getRules() {
    return List.copyOf(rules);
  }

  /**
   * Returns the policy.
   *
   * @return the policy
   */
  public Policy getPolicy() {
    return policy;
  }

  /**
   * Validates an agreement.
   *
   * @param agreement the agreement
   * @return the report, its findings in a deterministic order
   */
  public ValidationReport validate(DataProcessingAgreement agreement) {
    Objects.requireNonNull(agreement, "agreement");
    List<Ranked> findings = new ArrayList<>();
    // Structural findings are errors that come before every rule's (see the order below); only
    // those the report keeps get a message.
    Structural.Violations structure =
        structural ? Structural.validate(agreement, maxFindings) : null;
    List<Structural.Violation> violations = structure == null ? List.of() : structure.getReported();
    int notReported = structure == null ? 0 : structure.getCounted();
    int keptViolations = Math.min(violations.size(), maxFindings);
    for (Structural.Violation v : violations.subList(0, keptViolations)) {
      findings.add(
          Ranked.of(
              structureRank,
              new Finding(
                  STRUCTURE_RULE_ID,
                  Severity.ERROR,
                  "dpa4j model constraint @" + v.getConstraint(),
                  v.getPointer(),
                  List.of(),
                  v.getMessage(),
                  locale,
                  Optional.empty(),
                  argument("constraint", v.getConstraint()))));
    }
    // A rule's finding about a term the text leaves blank would judge a value nobody wrote: it
    // waits for the blank, which is reported once as incomplete.
    Map<Blank, List<String>> waiting = new LinkedHashMap<>();
    for (Blank blank : agreement.getBlanks()) {
      waiting.put(blank, new ArrayList<>());
    }
    for (int i = 0; i < rules.size(); i++) {
      Finding finding = evaluate(rules.get(i), ids.get(i), agreement, waiting);
      if (finding != null) {
        findings.add(Ranked.of(i, finding));
      }
    }
    if (!policy.getDisabledRules().contains(INCOMPLETE_RULE_ID)) {
      List<Blank> blanks = agreement.getBlanks();
      for (int i = 0; i < blanks.size(); i++) {
        findings.add(
            Ranked.of(incompleteRank, incomplete(i, blanks.get(i), waiting.get(blanks.get(i)))));
      }
    }
    findings.sort(Ranked::compare);
    int total = violations.size() + notReported + findings.size() - keptViolations;
    List<Finding> kept = new ArrayList<>(Math.min(findings.size(), maxFindings));
    for (Ranked ranked : findings.subList(0, Math.min(findings.size(), maxFindings))) {
      kept.add(ranked.finding);
    }
    return new ValidationReport(kept, total - kept.size());
  }

  /**
   * A finding with its place in the report order by severity and rule, which the sort compares
   * first: made once per finding, rather than looked up in a map and boxed at every comparison (a
   * sixth of the rules' time).
   *
   * @param order the severity, then the rule's place among the validator's rules (the index of its
   *     id in {@code ids}, -1 for an id of none), as one number
   */
  private record Ranked(long order, Finding finding) {
    static Ranked of(int rank, Finding finding) {
      return new Ranked(((long) finding.getSeverity().ordinal() << 32) + rank + 1, finding);
    }

    /** Report order: by severity, then rule, then pointer, then rule id. */
    static int compare(Ranked a, Ranked b) {
      int order = Long.compare(a.order, b.order);
      if (order == 0) {
        order = a.finding.getPointer().compareTo(b.finding.getPointer());
      }
      if (order == 0) {
        order = a.finding.getRuleId().compareTo(b.finding.getRuleId());
      }
      return order;
    }
  }

  /**
   * Runs one rule; returns its finding, null when it passes, or a finding that it failed. A rule is
   * code of someone else's: whatever it does (return null, throw a checked exception, an {@link
   * Error}, fail while its message is made) stays inside this method. Only the JVM's own failures
   * (such as {@link OutOfMemoryError}) go on; a {@link StackOverflowError} is the rule's.
   */
  private Finding evaluate(
      DpaRule rule,
      String id,
      DataProcessingAgreement agreement,
      Map<Blank, List<String>> waiting) {
    try {
      Optional<RuleResult> result = rule.evaluate(agreement, policy);
      if (result == null) {
        return failure(rule, id, "returned null instead of Optional.empty()", "gaf null terug");
      }
      if (result.isEmpty()) {
        return null;
      }
      Optional<Blank> blank = agreement.blankAt(result.get().getPointer());
      if (blank.isPresent()) {
        waiting.get(blank.get()).add(id);
        return null;
      }
      return finding(rule, id, result.get(), agreement);
    } catch (VirtualMachineError e) {
      if (!(e instanceof StackOverflowError)) {
        throw e;
      }
      return failure(rule, id, e);
    } catch (Throwable e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      return failure(rule, id, e);
    }
  }

  /**
   * The finding that a term is left to be completed, at the blank's own entry ({@code /blanks/N},
   * which is in the document), naming the term and the rules that wait for it.
   */
  private Finding incomplete(int index, Blank blank, List<String> rulesWaiting) {
    String detail =
        blank.getPlaceholder().map(p -> ": " + p).orElse("")
            + (blank.getOptions().isEmpty() ? "" : ": " + String.join(" / ", blank.getOptions()));
    String english =
        blank.getPointer()
            + " is left to be completed ("
            + blank.getKind().getLabel().getEnglish()
            + detail
            + ").";
    String dutch =
        blank.getPointer()
            + " is nog niet ingevuld ("
            + blank.getKind().getLabel().getDutch()
            + detail
            + ").";
    if (!rulesWaiting.isEmpty()) {
      String ids = String.join(", ", rulesWaiting);
      boolean one = rulesWaiting.size() == 1;
      english += (one ? " Rule " : " Rules ") + ids + " can judge it then.";
      dutch +=
          (one ? " Regel " : " Regels ")
              + ids
              + (one ? " kan" : " kunnen")
              + " het dan beoordelen.";
    }
    return new Finding(
        INCOMPLETE_RULE_ID,
        policy.getSeverityOverrides().getOrDefault(INCOMPLETE_RULE_ID, Severity.WARNING),
        INCOMPLETE_LEGAL_BASIS,
        "/blanks/" + index,
        blank.getClauses(),
        LocalizedText.of(english, dutch),
        locale,
        Optional.empty(),
        incompleteArguments(blank, rulesWaiting));
  }

  private static LinkedHashMap<String, Object> incompleteArguments(
      Blank blank, List<String> rulesWaiting) {
    LinkedHashMap<String, Object> arguments = new LinkedHashMap<>();
    arguments.put("term", blank.getPointer());
    arguments.put("kind", blank.getKind());
    arguments.put("rules", List.copyOf(rulesWaiting));
    return arguments;
  }

  private Finding finding(
      DpaRule rule, String id, RuleResult result, DataProcessingAgreement agreement) {
    Severity severity = policy.getSeverityOverrides().getOrDefault(id, result.getSeverity());
    LocalizedText message = result.message(rule);
    return new Finding(
        id,
        severity,
        Objects.requireNonNull(rule.getLegalBasis(), "legal basis"),
        Pointers.nearestPresent(agreement, result.getPointer()),
        result.getClauses(),
        message,
        locale,
        result.getOutcome(),
        result.namedArguments());
  }

  private Finding failure(DpaRule rule, String id, Throwable e) {
    String name = e.getClass().getSimpleName();
    return failure(rule, id, "threw " + name, "gooide " + name);
  }

  private Finding failure(DpaRule rule, String id, String english, String dutch) {
    String legalBasis;
    try {
      legalBasis = Objects.requireNonNullElse(rule.getLegalBasis(), "");
    } catch (RuntimeException | LinkageError | AssertionError e) {
      legalBasis = "";
    }
    return new Finding(
        id,
        Severity.ERROR,
        legalBasis,
        "",
        List.of(),
        LocalizedText.of(
            "the rule failed (" + english + "); it could not be checked",
            "de regel faalde (" + dutch + "); niet gecontroleerd"),
        locale,
        Optional.empty(),
        argument("failure", english));
  }

  /** The arguments of a finding that has one. */
  private static LinkedHashMap<String, Object> argument(String name, Object value) {
    LinkedHashMap<String, Object> arguments = new LinkedHashMap<>();
    arguments.put(name, value);
    return arguments;
  }

  /** Configures a {@link DpaValidator}. Not thread-safe; the validator it builds is. */
  public static final class Builder {
    private Policy policy = Policy.defaults();
    private Locale locale = Locale.ENGLISH;
    private final List<DpaRule> customRules = new ArrayList<>();
    private final Set<String> onlyRules = new TreeSet<>();
    private boolean serviceRules = true;
    private boolean structural = true;
    private int maxFindings = DEFAULT_MAX_FINDINGS;

    private Builder() {}

    /**
     * Sets the policy.
     *
     * @param policy thresholds, switched-off rules and re-graded rules
     * @return this builder
     */
    public Builder policy(Policy policy) {
      this.policy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Sets the language of {@link Finding#getMessage()}: Dutch for {@code nl}, English otherwise.
     *
     * @param locale the locale
     * @return this builder
     */
    public Builder locale(Locale locale) {
      this.locale = Objects.requireNonNull(locale, "locale");
      return this;
    }

    /**
     * Adds a custom rule.
     *
     * @param rule the rule; its id must differ from every other rule's
     * @return this builder
     */
    public Builder addRule(DpaRule rule) {
      customRules.add(Objects.requireNonNull(rule, "rule"));
      return this;
    }

    /**
     * Runs only the rules with these ids (structural validation is unaffected).
     *
     * @param ids rule ids
     * @return this builder
     */
    public Builder onlyRules(String... ids) {
      onlyRules.addAll(List.of(ids));
      return this;
    }

    /**
     * Sets whether rules listed for {@link ServiceLoader} are loaded; on by default.
     *
     * @param load true to load them
     * @return this builder
     */
    public Builder loadServiceRules(boolean load) {
      this.serviceRules = load;
      return this;
    }

    /**
     * Sets whether structural (Jakarta Validation) checks run; on by default.
     *
     * @param structural true to run them
     * @return this builder
     */
    public Builder structural(boolean structural) {
      this.structural = structural;
      return this;
    }

    /**
     * Sets the largest number of findings a report keeps, in report order; the rest are counted
     * ({@link ValidationReport#getOmittedCount()}). A document with hundreds of thousands of blank
     * list entries otherwise made as many findings, each with its messages.
     *
     * @param max the limit, 1 or more; {@value DpaValidator#DEFAULT_MAX_FINDINGS} unless set
     * @return this builder
     * @throws IllegalArgumentException when {@code max} is below 1
     */
    public Builder maxFindings(int max) {
      if (max < 1) {
        throw new IllegalArgumentException("maxFindings must be 1 or more: " + max);
      }
      this.maxFindings = max;
      return this;
    }

    /**
     * Builds the validator.
     *
     * @return the validator
     * @throws IllegalArgumentException when two rules share an id
     */
    public DpaValidator build() {
      return new DpaValidator(this);
    }
  }
}
