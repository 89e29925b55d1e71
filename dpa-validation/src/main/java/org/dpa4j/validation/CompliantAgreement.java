package org.dpa4j.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.lang.reflect.InvocationTargetException;
import java.util.Locale;
import java.util.function.Supplier;
import org.dpa4j.model.DataProcessingAgreement;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * The annotated agreement has no {@link Severity#ERROR} findings under a {@link DpaValidator} with
 * the given {@link #policy()}: frameworks that validate with {@code @Valid} (Jakarta REST, Spring,
 * CDI) see each ERROR finding as a constraint violation whose property path follows the finding's
 * pointer, indices included ({@code dpa.subProcessing.subProcessors[2].country}), and whose message
 * is the finding's rule id and message.
 *
 * <pre>{@code
 * public record Contract(@CompliantAgreement DataProcessingAgreement dpa) {}
 * public record Strict(@CompliantAgreement(policy = MyPolicy.class, locale = "nl")
 *     DataProcessingAgreement dpa) {}
 * }</pre>
 *
 * <p>The message's language is the validator's: its {@code MessageInterpolator} picks English or
 * Dutch by the locale it interpolates in (the default locale, or the one a framework passes, such
 * as a request's), from the bundle {@code ContributorValidationMessages}; set {@link #locale()} to
 * fix it. A finding's text is a message parameter, never part of a template, so nothing in a
 * document is ever interpolated or evaluated, with or without an expression language.
 */
@Documented
@Constraint(validatedBy = CompliantAgreement.Checker.class)
@Target({METHOD, FIELD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface CompliantAgreement {

  /**
   * Returns the message template of each violation; its parameters {@code {ruleId}}, {@code
   * {messageEn}} and {@code {messageNl}} are the finding's.
   *
   * @return the template, by default the bundle key whose English and Dutch texts hold the
   *     finding's rule id and message in that language
   */
  String message() default "{org.dpa4j.validation.CompliantAgreement.message}";

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

  /**
   * Returns the class that gives the policy to validate with: a public class with a public
   * constructor without parameters, made once per use of the annotation.
   *
   * @return the policy's class; {@link DefaultPolicy} ({@link Policy#defaults()}) unless set
   */
  Class<? extends Supplier<Policy>> policy() default DefaultPolicy.class;

  /**
   * Returns the language of the messages as a BCP 47 tag ({@code "en"}, {@code "nl"}), or empty for
   * the language the validator's {@code MessageInterpolator} interpolates in.
   *
   * @return the tag; empty unless set
   */
  String locale() default "";

  /** The default policy of {@link CompliantAgreement#policy()}: {@link Policy#defaults()}. */
  final class DefaultPolicy implements Supplier<Policy> {
    /** Creates the supplier. */
    public DefaultPolicy() {}

    /**
     * Returns {@link Policy#defaults()}.
     *
     * @return the default policy
     */
    @Override
    public Policy get() {
      return Policy.defaults();
    }
  }

  /** Runs the rule catalogue for {@link CompliantAgreement}. */
  final class Checker implements ConstraintValidator<CompliantAgreement, DataProcessingAgreement> {
    private static final DpaValidator DEFAULT = DpaValidator.builder().structural(false).build();

    private DpaValidator validator = DEFAULT;
    private Locale locale;

    /** Creates the checker; called by the validation provider. */
    public Checker() {}

    @Override
    public void initialize(CompliantAgreement annotation) {
      if (annotation.policy() != DefaultPolicy.class) {
        validator = DpaValidator.builder().structural(false).policy(policy(annotation)).build();
      }
      locale = annotation.locale().isEmpty() ? null : Locale.forLanguageTag(annotation.locale());
    }

    private static Policy policy(CompliantAgreement annotation) {
      try {
        return annotation.policy().getConstructor().newInstance().get();
      } catch (NoSuchMethodException
          | InstantiationException
          | IllegalAccessException
          | InvocationTargetException e) {
        throw new IllegalArgumentException(
            "@CompliantAgreement(policy = "
                + annotation.policy().getName()
                + ".class) needs a public constructor without parameters that returns a policy",
            e);
      }
    }

    @Override
    public boolean isValid(DataProcessingAgreement value, ConstraintValidatorContext context) {
      if (value == null) {
        return true;
      }
      ValidationReport report = validator.validate(value);
      if (!report.hasErrors()) {
        return true;
      }
      context.disableDefaultConstraintViolation();
      HibernateConstraintValidatorContext hibernate = locale == null ? unwrap(context) : null;
      for (Finding finding : report.getFindings(Severity.ERROR)) {
        ConstraintViolationBuilder builder;
        if (hibernate != null) {
          // Parameters are taken as they stand when each violation is added.
          hibernate
              .addMessageParameter("ruleId", finding.getRuleId())
              .addMessageParameter("messageEn", finding.getMessage(Locale.ENGLISH))
              .addMessageParameter("messageNl", finding.getMessage(Locale.forLanguageTag("nl")));
          builder =
              context.buildConstraintViolationWithTemplate(
                  context.getDefaultConstraintMessageTemplate());
        } else {
          builder =
              context.buildConstraintViolationWithTemplate(
                  literal(
                      finding.getRuleId()
                          + ": "
                          + finding.getMessage(locale == null ? Locale.ENGLISH : locale)));
        }
        PropertyPaths.add(builder, finding.getPointer());
      }
      return false;
    }

    private static HibernateConstraintValidatorContext unwrap(ConstraintValidatorContext context) {
      try {
        return context.unwrap(HibernateConstraintValidatorContext.class);
      } catch (RuntimeException e) {
        // Another provider: a literal message in English.
        return null;
      }
    }

    /** A template that interpolates to itself: '\', '{', '}' and '$' are escaped. */
    private static String literal(String message) {
      return message
          .replace("\\", "\\\\")
          .replace("{", "\\{")
          .replace("}", "\\}")
          .replace("$", "\\$");
    }
  }
}
