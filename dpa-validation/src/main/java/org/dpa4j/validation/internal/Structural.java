package org.dpa4j.validation.internal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.dpa4j.model.LocalizedText;
import org.dpa4j.model.internal.LargeStack;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.hibernate.validator.metadata.BeanMetaDataClassNormalizer;

/**
 * Structural validation with Hibernate Validator, bootstrapped once per process. Messages are
 * interpolated with {@link ParameterMessageInterpolator}: no expression language, so nothing a
 * document contains can ever be evaluated in a message.
 */
public final class Structural {
  // No static initialiser that loads Hibernate Validator: see engine().
  private static volatile Engine engine;

  private Structural() {}

  /** Hibernate Validator with its interpolator. */
  private static final class Engine {
    final MessageInterpolator interpolator = new ParameterMessageInterpolator();
    final Validator validator =
        Validation.byProvider(HibernateValidator.class)
            .configure()
            .messageInterpolator(interpolator)
            .beanMetaDataClassNormalizer(new ModelClassNormalizer())
            .buildValidatorFactory()
            .getValidator();
  }

  /**
   * Bootstraps Hibernate Validator once, on a thread of its own with a 2 MiB stack, and validates
   * an agreement there, so that its hundreds of classes are loaded and initialised on that stack: a
   * caller on a thread with a small stack overflowed inside a class initialiser, which broke
   * validation for the rest of the JVM.
   */
  private static Engine engine() {
    Engine built = engine;
    if (built == null) {
      synchronized (Structural.class) {
        built = engine;
        if (built == null) {
          LargeStack.Pending<Engine> started = pending != null ? pending : bootstrap();
          // Forgotten whatever the outcome: after a failure the next call starts again.
          pending = null;
          built = started.get();
          engine = built;
        }
      }
    }
    return built;
  }

  // Guarded by Structural.class: a bootstrap started by prepare() and not yet taken by engine().
  private static LargeStack.Pending<Engine> pending;

  /**
   * Starts bootstrapping Hibernate Validator in the background, if it has not been, so that the
   * first validation finds it ready or nearly: a caller that goes on to read a document meanwhile
   * uses a second processor for it. Half a second of a fresh JVM's first report is this bootstrap.
   */
  public static void prepare() {
    if (engine == null) {
      synchronized (Structural.class) {
        if (engine == null && pending == null) {
          pending = bootstrap();
        }
      }
    }
  }

  private static LargeStack.Pending<Engine> bootstrap() {
    return LargeStack.start(
        LocalizedText.of(
            "structural validation (Hibernate Validator)",
            "structurele validatie (Hibernate Validator)"),
        () -> {
          versionBanner = quietBanner(VERSION_BANNER_LOGGER);
          Engine started = new Engine();
          started.validator.validate(warmUpAgreement());
          return started;
        });
  }

  /** The logger of Hibernate Validator's start-up banner, "HV000001: Hibernate Validator x.y". */
  static final String VERSION_BANNER_LOGGER = "org.hibernate.validator.internal.util.Version";

  // Held strongly: java.util.logging keeps loggers weakly, and a collected logger forgets its
  // level.
  private static volatile Logger versionBanner;

  /**
   * Quiets a logger to {@link Level#WARNING} unless the application configured a level for it or
   * for a package above it. Hibernate Validator logs its version at INFO once per process through
   * JBoss Logging, which writes through java.util.logging unless JBoss LogManager, Log4j or Logback
   * is present: a line on standard error that the user of a DPA validator did not ask for, and
   * about 50 ms of a fresh JVM's first report (the line's date is formatted with the locale data).
   * When JBoss Logging writes to Log4j or Logback, this changes nothing that is logged.
   *
   * @param name the logger's name
   * @return the logger, to be held strongly
   */
  static Logger quietBanner(String name) {
    Logger logger = Logger.getLogger(name);
    for (Logger l = logger; l.getParent() != null; l = l.getParent()) {
      if (l.getLevel() != null) {
        return logger;
      }
    }
    logger.setLevel(Level.WARNING);
    return logger;
  }

  /** A small agreement with a party of each kind, for the warm-up. */
  static Object warmUpAgreement() {
    return org.dpa4j.model.DataProcessingAgreement.builder()
        .metadata(org.dpa4j.model.AgreementMetadata.builder().title("t").build())
        .processor(
            org.dpa4j.model.parties.Party.builder()
                .role(org.dpa4j.model.parties.PartyRole.PROCESSOR)
                .legalName("p")
                .build())
        .controller(
            org.dpa4j.model.parties.Party.builder()
                .role(org.dpa4j.model.parties.PartyRole.CONTROLLER)
                .placeholder(true)
                .description("c")
                .build())
        .build();
  }

  /**
   * Lets Hibernate Validator describe a generated {@code ImmutableX} by its model type {@code X}.
   * The constraints are declared on the model type only; the generated class adds some dozens of
   * methods per type (builders, withers) that Hibernate Validator would otherwise inspect for
   * constraints: about 0.15 s of the first validation in a fresh JVM.
   */
  static final class ModelClassNormalizer implements BeanMetaDataClassNormalizer {
    private static final String MODEL_PACKAGE = "org.dpa4j.model";

    // Hibernate Validator asks once per bean it validates; the answer per class never changes.
    private static final ClassValue<Class<?>> MODEL_CLASS =
        new ClassValue<>() {
          @Override
          protected Class<?> computeValue(Class<?> beanClass) {
            Class<?> model = beanClass.getSuperclass();
            boolean generated =
                model != null
                    && beanClass.getSimpleName().equals("Immutable" + model.getSimpleName())
                    && model.getPackageName().startsWith(MODEL_PACKAGE)
                    && beanClass.getPackageName().equals(model.getPackageName());
            return generated ? model : beanClass;
          }
        };

    @Override
    @SuppressWarnings("unchecked")
    public <T> Class<? super T> normalize(Class<T> beanClass) {
      // A superclass of T or T itself, by how the value is computed.
      return (Class<? super T>) MODEL_CLASS.get(beanClass);
    }
  }

  /** A structural violation: where it is (a JSON Pointer) and what it says in both languages. */
  public static final class Violation {
    private final String pointer;
    private final ConstraintViolation<Object> violation;
    private final String constraint;

    Violation(String pointer, ConstraintViolation<Object> violation, String constraint) {
      this.pointer = pointer;
      this.violation = violation;
      this.constraint = constraint;
    }

    /**
     * Returns the pointer.
     *
     * @return the JSON Pointer
     */
    public String getPointer() {
      return pointer;
    }

    /**
     * Returns the message, made on demand: a report that keeps only the first findings of a
     * document with a great many violations makes only their messages.
     *
     * @return the message in English and Dutch
     */
    public LocalizedText getMessage() {
      String template = violation.getMessageTemplate();
      return LocalizedText.of(
          interpolate(template, violation, Locale.ENGLISH),
          interpolate(template, violation, LocalizedText.DUTCH));
    }

    /**
     * Returns the simple name of the constraint.
     *
     * @return such as {@code NotBlank}
     */
    public String getConstraint() {
      return constraint;
    }
  }

  /**
   * The violations reported at least, however low a report's limit: for a document with fewer, the
   * report keeps the first violations by pointer among all of them. With more, it keeps the first
   * by pointer among those Hibernate Validator met first, in its own order of traversal, which may
   * differ between JVMs; the number not shown stays exact.
   */
  public static final int REPORTED_AT_LEAST = 2_000;

  /** The outcome of one structural validation. */
  public static final class Violations {
    private final List<Violation> reported;
    private final int counted;

    Violations(List<Violation> reported, int counted) {
      this.reported = reported;
      this.counted = counted;
    }

    /**
     * Returns the violations reported.
     *
     * @return the violations, sorted by pointer and constraint
     */
    public List<Violation> getReported() {
      return reported;
    }

    /**
     * Returns the violations found after the budget was spent: counted, not reported.
     *
     * @return the count, 0 or more
     */
    public int getCounted() {
      return counted;
    }
  }

  /**
   * Validates an object's constraints, reporting at most {@code max(limit, REPORTED_AT_LEAST)} of
   * the violations of dpa4j's own constraints and counting the rest.
   *
   * @param value the object
   * @param limit the violations the caller keeps, 1 or more
   * @return the violations
   */
  public static Violations validate(Object value, int limit) {
    Engine engine = engine();
    Set<ConstraintViolation<Object>> violations;
    ViolationBudget budget = ViolationBudget.open(Math.max(limit, REPORTED_AT_LEAST));
    try {
      violations = engine.validator.validate(value);
    } finally {
      budget.close();
    }
    List<Violation> out = new ArrayList<>(violations.size());
    for (ConstraintViolation<Object> violation : violations) {
      String constraint =
          violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
      out.add(new Violation(pointer(violation.getPropertyPath()), violation, constraint));
    }
    out.sort(Comparator.comparing(Violation::getPointer).thenComparing(Violation::getConstraint));
    return new Violations(out, budget.counted());
  }

  private static String interpolate(
      String template, ConstraintViolation<Object> violation, Locale locale) {
    return engine()
        .interpolator
        .interpolate(
            template,
            new MessageInterpolator.Context() {
              @Override
              public ConstraintDescriptor<?> getConstraintDescriptor() {
                return violation.getConstraintDescriptor();
              }

              @Override
              public Object getValidatedValue() {
                return violation.getInvalidValue();
              }

              @Override
              public <T> T unwrap(Class<T> type) {
                throw new jakarta.validation.ValidationException("cannot unwrap to " + type);
              }
            },
            locale);
  }

  /**
   * Turns a property path into an RFC 6901 pointer: {@code scope.services[1]} is {@code
   * /scope/services/1}.
   */
  static String pointer(Path path) {
    StringBuilder out = new StringBuilder();
    for (Path.Node node : path) {
      if (node.isInIterable() && node.getIndex() != null) {
        out.append('/').append(node.getIndex());
      } else if (node.isInIterable() && node.getKey() != null) {
        out.append('/').append(String.valueOf(node.getKey()).replace("~", "~0").replace("/", "~1"));
      }
      String name = node.getName();
      if (name != null && !name.startsWith("<")) {
        out.append('/').append(name);
      }
    }
    return out.toString();
  }
}
