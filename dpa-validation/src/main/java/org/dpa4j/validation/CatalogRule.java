package org.dpa4j.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dpa4j.model.DataProcessingAgreement;
import org.dpa4j.model.LocalizedText;

/**
 * A rule of the GDPR art. 28 catalogue dpa4j checks: its stable id, number, chapter, legal basis
 * and requirement in English and Dutch, its {@link Outcome outcomes} (each a severity and a message
 * with typed arguments), the {@link Threshold policy thresholds} it reads, and its logic.
 *
 * <p>Each chapter class declares its rules together with their outcomes and logic: {@link
 * PartyRules}, {@link ScopeRules}, {@link InstructionRules}, {@link SecurityRules}, {@link
 * SubProcessingRules}, {@link TransferRules}, {@link AssistanceRules}, {@link BreachRules}, {@link
 * EndOfProcessingRules}, {@link AuditRules}, {@link LiabilityRules}, {@link GeneralRules}. The
 * numbers are those of the rule catalogue ({@code spec/rules-and-seed-oracle.md} §4); ids never
 * change once released. Until 0.1 this was an enum; see docs/decisions.md for the migration.
 */
public final class CatalogRule implements DpaRule {
  private final Chapter chapter;
  private final String id;
  private final int number;
  private final LocalizedText legalBasis;
  private final LocalizedText requirement;
  private final RuleSet.Check check;
  // Filled while the chapter class is initialised (outcomes follow their rule), read only after.
  private final List<Outcome> outcomes = new ArrayList<>();
  private final List<Threshold> thresholds = new ArrayList<>();
  private boolean forSubProcessorLists;

  CatalogRule(
      Chapter chapter,
      String id,
      int number,
      String legalBasis,
      String dutchLegalBasis,
      String requirement,
      String dutchRequirement,
      RuleSet.Check check) {
    this.chapter = chapter;
    this.id = id;
    this.number = number;
    this.legalBasis = LocalizedText.of(legalBasis, dutchLegalBasis);
    this.requirement = LocalizedText.of(requirement, dutchRequirement);
    this.check = check;
  }

  /** Declares an outcome of this rule. */
  Outcome outcome(
      String key, Severity severity, String english, String dutch, Parameter<?>... parameters) {
    for (Outcome outcome : outcomes) {
      if (outcome.getKey().equals(key)) {
        throw new IllegalStateException(id + " has two outcomes " + key);
      }
    }
    Outcome outcome = new Outcome(id, key, severity, english, dutch, List.of(parameters));
    outcomes.add(outcome);
    return outcome;
  }

  /** Declares a policy threshold this rule reads. */
  CatalogRule threshold(String name, Function<Policy, ?> value) {
    thresholds.add(new Threshold(name, value));
    return this;
  }

  /**
   * Declares that the rule also judges a list of sub-processors published apart from the agreement
   * ({@code metadata.documentKind} {@code sub_processor_list}); other rules pass such a list.
   */
  CatalogRule forSubProcessorLists() {
    forSubProcessorLists = true;
    return this;
  }

  /**
   * Tells whether the rule judges a list of sub-processors published apart from the agreement. A
   * list is no contract: it says who the sub-processors are, where they process, for what, under
   * which transfer mechanism and as of when, and only the rules on those facts judge it; the terms
   * art. 28(3) GDPR asks of a contract belong to the DPA that refers to the list.
   *
   * @return true for the rules on the entries of a list, their transfers and its date
   */
  public boolean isForSubProcessorLists() {
    return forSubProcessorLists;
  }

  /**
   * Returns every catalogue rule, ordered by number.
   *
   * @return the rules
   */
  public static List<CatalogRule> values() {
    return Catalogue.RULES;
  }

  /**
   * Finds a rule by id.
   *
   * @param id the id, such as {@code GDPR-33.2-BREACH-TIMELINESS}
   * @return the rule, or empty
   */
  public static Optional<CatalogRule> byId(String id) {
    return Optional.ofNullable(Catalogue.BY_ID.get(id));
  }

  /** The chapters' rule sets, in chapter order. */
  static List<RuleSet> chapters() {
    return Catalogue.CHAPTERS;
  }

  @Override
  public String getId() {
    return id;
  }

  /**
   * Returns the rule's number in the catalogue, which also orders findings.
   *
   * @return the number, from 1
   */
  public int getNumber() {
    return number;
  }

  /**
   * Returns the chapter the rule belongs to.
   *
   * @return the chapter
   */
  public Chapter getChapter() {
    return chapter;
  }

  @Override
  public String getLegalBasis() {
    return legalBasis.getEnglish();
  }

  @Override
  public String getLegalBasis(Locale locale) {
    return legalBasis.get(locale);
  }

  @Override
  public String getRequirement() {
    return requirement.getEnglish();
  }

  @Override
  public String getRequirement(Locale locale) {
    return requirement.get(locale);
  }

  @Override
  public Severity getDefaultSeverity() {
    return outcomes.stream().map(Outcome::getSeverity).min(Comparator.naturalOrder()).orElseThrow();
  }

  @Override
  public Set<Severity> getSeverities() {
    Set<Severity> severities = EnumSet.noneOf(Severity.class);
    outcomes.forEach(o -> severities.add(o.getSeverity()));
    return Collections.unmodifiableSet(severities);
  }

  /**
   * Returns the text of the rule's first outcome at a severity, with {@code {0}}, {@code {1}}, ...
   * for its parameters; {@link #getOutcomes()} has every outcome.
   *
   * @param severity the severity
   * @return the message template
   * @throws IllegalArgumentException when the rule has no outcome at that severity
   */
  @Override
  public LocalizedText getMessage(Severity severity) {
    return outcomes.stream()
        .filter(o -> o.getSeverity() == severity)
        .findFirst()
        .map(Outcome::getPositionalText)
        .orElseThrow(() -> new IllegalArgumentException(id + " reports no " + severity));
  }

  @Override
  public List<Outcome> getOutcomes() {
    return Collections.unmodifiableList(outcomes);
  }

  @Override
  public List<Threshold> getThresholds() {
    return Collections.unmodifiableList(thresholds);
  }

  @Override
  public Optional<RuleResult> evaluate(DataProcessingAgreement agreement, Policy policy) {
    if (!forSubProcessorLists && RuleSupport.isSubProcessorList(agreement)) {
      return RuleSupport.PASS;
    }
    return check.apply(agreement, policy);
  }

  /** Returns the id. */
  @Override
  public String toString() {
    return id;
  }

  /** The catalogue, put together on first use from the chapter classes. */
  private static final class Catalogue {
    static final List<RuleSet> CHAPTERS =
        List.of(
            PartyRules.RULES,
            ScopeRules.RULES,
            InstructionRules.RULES,
            SecurityRules.RULES,
            SubProcessingRules.RULES,
            TransferRules.RULES,
            AssistanceRules.RULES,
            BreachRules.RULES,
            EndOfProcessingRules.RULES,
            AuditRules.RULES,
            LiabilityRules.RULES,
            GeneralRules.RULES);
    static final List<CatalogRule> RULES =
        CHAPTERS.stream()
            .flatMap(c -> c.getRules().stream())
            .sorted(Comparator.comparingInt(CatalogRule::getNumber))
            .collect(Collectors.toUnmodifiableList());
    static final Map<String, CatalogRule> BY_ID = byId();

    private static Map<String, CatalogRule> byId() {
      Map<String, CatalogRule> byId = new HashMap<>();
      for (CatalogRule rule : RULES) {
        if (byId.put(rule.getId(), rule) != null) {
          throw new IllegalStateException("two catalogue rules have the id " + rule.getId());
        }
        if (rule.outcomes.isEmpty()) {
          throw new IllegalStateException(rule.getId() + " has no outcome");
        }
      }
      return Map.copyOf(byId);
    }
  }
}
