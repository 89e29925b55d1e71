/**
 * Validation of dpa4j agreements: structural (Jakarta Validation, Hibernate Validator) and the GDPR
 * art. 28 rule catalogue, with a service-provider interface for custom rules.
 */
module org.dpa4j.validation {
  requires transitive org.dpa4j.model;
  requires transitive jakarta.validation;
  requires org.hibernate.validator;
  requires java.logging;
  requires static org.immutables.value.annotations;

  exports org.dpa4j.validation;

  // Hibernate Validator instantiates the constraint validators reflectively.
  opens org.dpa4j.validation.internal to
      org.hibernate.validator;

  uses org.dpa4j.validation.DpaRule;

  provides jakarta.validation.ConstraintValidator with
      org.dpa4j.validation.internal.IbanValidator,
      org.dpa4j.validation.internal.BicValidator,
      org.dpa4j.validation.internal.NonBlankValidator,
      org.dpa4j.validation.internal.TextConstraintValidators.KvkValidator,
      org.dpa4j.validation.internal.TextConstraintValidators.VatValidator,
      org.dpa4j.validation.internal.TextConstraintValidators.CountryValidator,
      org.dpa4j.validation.internal.TextConstraintValidators.CurrencyValidator;
}
