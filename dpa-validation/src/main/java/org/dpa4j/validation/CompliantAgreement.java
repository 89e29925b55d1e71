package org.dpa4j.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.dpa4j.model.DataProcessingAgreement;

/**
 * The annotated agreement has no {@link Severity#ERROR} findings under the default {@link
 * DpaValidator}: frameworks that validate with {@code @Valid} (Jakarta REST, Spring, CDI) see each
 * ERROR finding as a constraint violation whose property path follows the finding's pointer, and
 * whose message is the finding's English message prefixed with its rule id.
 *
 * <pre>{@code
 * public record Contract(@CompliantAgreement DataProcessingAgreement dpa) {}
 * }</pre>
 */
@Documented
@Constraint(validatedBy = CompliantAgreement.Checker.class)
@Target({METHOD, FIELD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface CompliantAgreement {

  /**
   * Returns the message template used when the check itself cannot say more.
   *
   * @return the template
   */
  String message() default "the agreement has ERROR findings";

  /**
   * Returns the validation groups.
   *
   * @return the groups
   */
  Class<?>[] groups() default {};

  /**
   * Returns the payload.
   *
   * @return the payload
   */
  Class<? extends Payload>[] payload() default {};

  /** Runs the rule catalogue for {@link CompliantAgreement}. */
  final class Checker implements ConstraintValidator<CompliantAgreement, DataProcessingAgreement> {
    private static final DpaValidator VALIDATOR = DpaValidator.builder().structural(false).build();

    /** Creates the checker; called by the validation provider. */
    public Checker() {}

    @Override
    public boolean isValid(DataProcessingAgreement value, ConstraintValidatorContext context) {
      if (value == null) {
        return true;
      }
      ValidationReport report = VALIDATOR.validate(value);
      if (!report.hasErrors()) {
        return true;
      }
      context.disableDefaultConstraintViolation();
      for (Finding finding : report.getFindings(Severity.ERROR)) {
        // A literal message: '{', '}' and '$' are escaped so nothing in it is interpolated.
        String message =
            (finding.getRuleId() + ": " + finding.getMessage(java.util.Locale.ENGLISH))
                .replace("\\", "\\\\")
                .replace("{", "\\{")
                .replace("}", "\\}")
                .replace("$", "\\$");
        var builder = context.buildConstraintViolationWithTemplate(message);
        String[] segments =
            finding.getPointer().isEmpty()
                ? new String[0]
                : finding.getPointer().substring(1).split("/");
        ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext node =
            null;
        for (String segment : segments) {
          if (segment.matches("\\d+")) {
            continue;
          }
          node = node == null ? builder.addPropertyNode(segment) : node.addPropertyNode(segment);
        }
        if (node == null) {
          builder.addConstraintViolation();
        } else {
          node.addConstraintViolation();
        }
      }
      return false;
    }
  }
}
