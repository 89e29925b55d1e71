package org.dpa4j.model.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import org.dpa4j.model.AgreementMetadata;
import org.dpa4j.model.DpaModelException;
import org.dpa4j.model.parties.Party;
import org.dpa4j.model.parties.PartyRole;
import org.dpa4j.model.value.TimeLimit;
import org.junit.jupiter.api.Test;

/**
 * A call gives the method's result and throws what it throws, the same before and after it gets a
 * class of its own.
 */
class ModelCallsTest {
  private static final int CALLS = ModelCalls.CALLS_BEFORE_COMPILING * 3;

  @Test
  void aFactoryASetterAndABuildGiveTheModelsObjectOnEveryCall() throws Exception {
    Class<?> builderType = Party.builder().getClass();
    ModelCalls.Nullary factory = ModelCalls.nullary(Party.class.getMethod("builder"));
    ModelCalls.Binary legalName =
        ModelCalls.binary(builderType.getMethod("legalName", String.class));
    ModelCalls.Binary role = ModelCalls.binary(builderType.getMethod("role", PartyRole.class));
    ModelCalls.Unary build = ModelCalls.unary(builderType.getMethod("build"));
    ModelCalls.Unary getLegalName = ModelCalls.unary(Party.class.getMethod("getLegalName"));
    for (int i = 0; i < CALLS; i++) {
      Object builder = factory.call();
      assertThat(legalName.call(builder, "P" + i)).isSameAs(builder);
      role.call(builder, PartyRole.PROCESSOR);
      Party party = (Party) build.call(builder);
      assertThat(party.getLegalName()).contains("P" + i);
      assertThat(getLegalName.call(party)).isEqualTo(party.getLegalName());
    }
  }

  @Test
  void aPrimitiveIsBoxedAndUnboxed() throws Exception {
    Class<?> builderType = Party.builder().getClass();
    Method placeholder = builderType.getMethod("placeholder", boolean.class);
    ModelCalls.Binary set = ModelCalls.binary(placeholder);
    ModelCalls.Unary get = ModelCalls.unary(Party.class.getMethod("isPlaceholder"));
    Method build = builderType.getMethod("build");
    for (int i = 0; i < CALLS; i++) {
      boolean value = i % 2 == 0;
      Object builder = Party.builder().role(PartyRole.CONTROLLER).description("c").legalName("L");
      set.call(builder, value);
      Party party = (Party) build.invoke(builder);
      assertThat(get.call(party)).isEqualTo(value);
    }
    assertThatThrownBy(() -> set.call(Party.builder(), "yes"))
        .isInstanceOf(ClassCastException.class);
  }

  @Test
  void aWrongOrMissingArgumentOrReceiverFailsAlikeBeforeAndAfterTheSwitch() throws Exception {
    Class<?> builderType = Party.builder().getClass();
    ModelCalls.Binary set = ModelCalls.binary(builderType.getMethod("placeholder", boolean.class));
    // A fresh call: the first calls go by reflection.
    assertMisuseIsReported(set);
    for (int i = 0; i < CALLS; i++) {
      set.call(Party.builder(), true);
    }
    assertMisuseIsReported(set);
  }

  private static void assertMisuseIsReported(ModelCalls.Binary set) {
    assertThatThrownBy(() -> set.call(Party.builder(), "a secret value"))
        .isInstanceOf(ClassCastException.class)
        .satisfies(e -> assertThat(String.valueOf(e.getMessage())).doesNotContain("secret"));
    assertThatThrownBy(() -> set.call("a secret receiver", true))
        .isInstanceOf(ClassCastException.class)
        .satisfies(e -> assertThat(String.valueOf(e.getMessage())).doesNotContain("secret"));
    assertThatThrownBy(() -> set.call(Party.builder(), null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> set.call(null, true)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void aStaticMethodOfOneArgumentIsAUnaryCallAndItsExceptionPassesUnchanged() throws Exception {
    ModelCalls.Unary parse =
        ModelCalls.unary(TimeLimit.class.getMethod("parse", CharSequence.class));
    for (int i = 1; i <= CALLS; i++) {
      assertThat(parse.call("PT" + i + "H")).isEqualTo(TimeLimit.parse("PT" + i + "H"));
      int n = i;
      assertThatThrownBy(() -> parse.call("soon " + n))
          .isInstanceOf(DpaModelException.class)
          .hasMessage(thrown(() -> TimeLimit.parse("soon " + n)).getMessage());
    }
  }

  @Test
  void aMethodOfAnotherArityOrWithoutResultIsRefused() throws Exception {
    Method getter = AgreementMetadata.class.getMethod("getTitle");
    assertThatThrownBy(() -> ModelCalls.binary(getter))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("getTitle");
    assertThatThrownBy(() -> ModelCalls.nullary(getter))
        .isInstanceOf(IllegalArgumentException.class);
    Method notify = Object.class.getMethod("notify");
    assertThatThrownBy(() -> ModelCalls.unary(notify))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("returns a value");
  }

  private static Throwable thrown(Runnable action) {
    try {
      action.run();
    } catch (RuntimeException e) {
      return e;
    }
    throw new AssertionError("nothing thrown");
  }
}
