/**
 * The typed, immutable model of a GDPR art. 28 data processing agreement.
 *
 * <p>Immutables is needed only while compiling; the model has no run-time dependency.
 */
module org.dpa4j.model {
  requires static org.immutables.value.annotations;
  requires static jakarta.validation;

  exports org.dpa4j.model;
  exports org.dpa4j.model.value;
  exports org.dpa4j.model.constraints;
  exports org.dpa4j.model.parties;
  exports org.dpa4j.model.processing;
  exports org.dpa4j.model.security;
  exports org.dpa4j.model.subprocessing;
  exports org.dpa4j.model.transfers;
  exports org.dpa4j.model.breach;
  exports org.dpa4j.model.audit;
  exports org.dpa4j.model.liability;
  exports org.dpa4j.model.termination;
  exports org.dpa4j.model.law;
  // Shared machinery of dpa4j's modules, not API. Exported to all: a qualified export would not
  // reach dpa-json or dpa-validation when they are on the class path and this on the module path.
  exports org.dpa4j.model.internal;
}
