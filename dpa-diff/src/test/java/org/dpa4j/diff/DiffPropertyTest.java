package org.dpa4j.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dpa4j.model.DataProcessingAgreement;
import org.dpa4j.model.DpaModelException;
import org.dpa4j.model.ImmutableDataProcessingAgreement;
import org.dpa4j.model.subprocessing.ImmutableSubProcessingTerms;
import org.dpa4j.model.subprocessing.ImmutableSubProcessor;
import org.dpa4j.model.subprocessing.SubProcessor;
import org.dpa4j.model.value.CountryCode;
import org.dpa4j.model.value.TimeLimit;
import org.dpa4j.testkit.AgreementGenerator;
import org.junit.jupiter.api.Test;

/**
 * Over generated agreements (1,000 unless {@code -Ddpa4j.property.count} says otherwise): an
 * agreement compared with itself has no difference; comparing the other way round gives the mirror
 * image; one generated change of a term yields exactly that change.
 */
class DiffPropertyTest {
  private static final long SEED = 20261215L;
  private static final int COUNT = Integer.getInteger("dpa4j.property.count", 1000);
  private static final DpaDiff DIFF = DpaDiff.create();

  @Test
  void anAgreementComparedWithAnEqualCopyHasNoDifference() {
    for (int i = 0; i < COUNT; i++) {
      long seed = SEED + i;
      DataProcessingAgreement a = new AgreementGenerator(seed).next();
      DataProcessingAgreement copy = new AgreementGenerator(seed).next();
      assertThat(DIFF.compare(a, copy).isEmpty()).as("seed %d", seed).isTrue();
    }
  }

  @Test
  void comparingTheOtherWayRoundGivesTheMirrorImage() {
    int changes = 0;
    for (int i = 0; i < COUNT; i++) {
      long seed = SEED + i;
      AgreementGenerator generator = new AgreementGenerator(seed);
      DataProcessingAgreement a = generator.next();
      DataProcessingAgreement b = generator.next();
      AgreementDiff forth = DIFF.compare(a, b);
      AgreementDiff back = DIFF.compare(b, a);
      assertThat(back.getChanges())
          .as("seed %d", seed)
          .containsExactlyInAnyOrderElementsOf(forth.mirror().getChanges());
      assertThat(back.getFindingChanges())
          .as("seed %d: %s", seed, back.getFindingChanges())
          .containsExactlyInAnyOrderElementsOf(forth.mirror().getFindingChanges());
      changes += forth.getChanges().size();
    }
    assertThat(changes).as("generated pairs differ").isGreaterThan(COUNT);
  }

  @Test
  void oneGeneratedChangeYieldsExactlyThatChange() {
    int applied = 0;
    for (int i = 0; i < COUNT; i++) {
      long seed = SEED + i;
      DataProcessingAgreement a = new AgreementGenerator(seed).next();
      Random random = new Random(seed);
      Optional<Mutation> mutation = Mutation.any(a, random);
      if (mutation.isEmpty()) {
        continue;
      }
      Mutation m = mutation.get();
      List<Change> changes = DpaDiff.compareTerms(a, m.result);
      assertThat(changes).as("seed %d, %s", seed, m).hasSize(1);
      Change change = changes.get(0);
      if (change.getKind() == ChangeKind.REMOVED && change.getNewPointer().isEmpty()) {
        // The change left its section as an agreement that leaves the section out has it: one
        // change of the section, at its old pointer only.
        assertThat(m.pointer)
            .as("seed %d", seed)
            .startsWith(change.getOldPointer().orElseThrow() + "/");
        applied++;
        continue;
      }
      assertThat(change.getKind()).isEqualTo(ChangeKind.CHANGED);
      assertThat(change.getAttribute()).as("seed %d", seed).isEqualTo(m.attribute.key());
      assertThat(change.getOldPointer()).contains(m.pointer);
      assertThat(change.getNewPointer()).contains(m.pointer);
      assertThat(change.getOldValue()).contains(m.before);
      assertThat(change.getNewValue()).contains(m.after);
      assertThat(change.getClassification())
          .isEqualTo(DiffTable.get().changed(m.attribute, m.before, m.after));
      applied++;
    }
    assertThat(applied).as("mutations applied").isGreaterThan(COUNT * 9 / 10);
  }

  /**
   * One change of one term, anywhere in an agreement: a boolean flipped, a number or time limit
   * raised, another code, a text extended. Terms that identify a list element (a sub-processor's
   * name) are left alone, since changing them makes another element.
   */
  static final class Mutation {
    final ModelTypes.Attr attribute;
    final String pointer;
    final Object before;
    final Object after;
    final DataProcessingAgreement result;

    private Mutation(
        ModelTypes.Attr attribute,
        String pointer,
        Object before,
        Object after,
        DataProcessingAgreement result) {
      this.attribute = attribute;
      this.pointer = pointer;
      this.before = before;
      this.after = after;
      this.result = result;
    }

    /** A term that can be changed: the path of objects down to it. */
    private static final class Site {
      final List<Object> objects = new ArrayList<>();
      final List<ModelTypes.Attr> steps = new ArrayList<>();
      final List<Integer> indices = new ArrayList<>();
      ModelTypes.Attr leaf;
      Object value;
      String pointer;
    }

    static Optional<Mutation> any(DataProcessingAgreement agreement, Random random) {
      List<Site> sites = new ArrayList<>();
      collect(ModelTypes.get().root(), agreement, "", new Site(), sites);
      for (int attempt = 0; attempt < 10 && !sites.isEmpty(); attempt++) {
        Site site = sites.get(random.nextInt(sites.size()));
        Object changed = changedValue(site.value, random);
        if (changed == null) {
          continue;
        }
        try {
          Object rebuilt = rebuild(site, site.objects.size() - 1, changed);
          return Optional.of(
              new Mutation(
                  site.leaf, site.pointer, site.value, changed, (DataProcessingAgreement) rebuilt));
        } catch (DpaModelException e) {
          // The change breaks an invariant of the model (a fixed cap needs an amount): try another.
        }
      }
      return Optional.empty();
    }

    private static void collect(
        ModelTypes.ObjectType type, Object value, String pointer, Site path, List<Site> sites) {
      for (ModelTypes.Attr attr : type.attributes) {
        Object raw = attr.get(value);
        String here = pointer + "/" + attr.name;
        ModelTypes.ObjectType child = attr.objectType();
        if (attr.isMany()) {
          if (child == null || DiffTable.get().identity(child).isEmpty()) {
            continue;
          }
          int i = 0;
          for (Object element : (Collection<?>) raw) {
            Site next = extend(path, value, attr, i);
            collectElement(child, element, here + "/" + i, next, sites);
            i++;
          }
          continue;
        }
        Object present = Values.unwrap(raw);
        if (present == null) {
          continue;
        }
        if (child != null) {
          // A term inside a section the agreement leaves out would make the section appear: one
          // change of the section, which DpaDiffTest covers by name.
          if (!child.notStated().equals(Optional.of(present))) {
            collect(child, present, here, extend(path, value, attr, -1), sites);
          }
        } else if (changedValue(present, new Random(0)) != null) {
          Site site = extend(path, value, attr, -1);
          site.leaf = attr;
          site.value = present;
          site.pointer = here;
          sites.add(site);
        }
      }
    }

    private static void collectElement(
        ModelTypes.ObjectType type, Object element, String pointer, Site path, List<Site> sites) {
      List<String> identity = DiffTable.get().identity(type);
      List<Site> found = new ArrayList<>();
      collect(type, element, pointer, path, found);
      // An identity attribute of the element itself is not changed.
      found.removeIf(
          s -> s.objects.size() == path.objects.size() + 1 && identity.contains(s.leaf.name));
      sites.addAll(found);
    }

    private static Site extend(Site path, Object object, ModelTypes.Attr attr, int index) {
      Site next = new Site();
      next.objects.addAll(path.objects);
      next.steps.addAll(path.steps);
      next.indices.addAll(path.indices);
      next.objects.add(object);
      next.steps.add(attr);
      next.indices.add(index);
      return next;
    }

    private static Object changedValue(Object value, Random random) {
      if (value instanceof Boolean) {
        return !(Boolean) value;
      }
      if (value instanceof Integer) {
        return (Integer) value + 1;
      }
      if (value instanceof String) {
        return value + " (gewijzigd)";
      }
      if (value instanceof TimeLimit) {
        TimeLimit limit = (TimeLimit) value;
        return TimeLimit.of(limit.getAmount() + 1, limit.getUnit());
      }
      if (value instanceof Enum) {
        Object[] constants = ((Enum<?>) value).getDeclaringClass().getEnumConstants();
        if (constants.length < 2) {
          return null;
        }
        int other = random.nextInt(constants.length - 1);
        return constants[other >= ((Enum<?>) value).ordinal() ? other + 1 : other];
      }
      return null;
    }

    /** Replaces the value at a site, rebuilding each object on the path with its wither. */
    private static Object rebuild(Site site, int level, Object replacement) {
      Object object = site.objects.get(level);
      ModelTypes.Attr attr = site.steps.get(level);
      int index = site.indices.get(level);
      Object newValue = replacement;
      if (index >= 0) {
        List<Object> list = new ArrayList<>((Collection<?>) attr.get(object));
        list.set(index, replacement);
        newValue = list;
      }
      Object rebuilt = with(object, attr, newValue);
      if (level == 0) {
        return rebuilt;
      }
      // The object one level up holds this one (or a list with it) in the attribute of its step.
      return rebuild(site, level - 1, rebuilt);
    }

    private static Object with(Object object, ModelTypes.Attr attr, Object value) {
      String name =
          "with"
              + attr.name.substring(0, 1).toUpperCase(java.util.Locale.ROOT)
              + attr.name.substring(1);
      for (Method method : object.getClass().getMethods()) {
        if (!method.getName().equals(name) || method.getParameterCount() != 1) {
          continue;
        }
        Class<?> parameter = method.getParameterTypes()[0];
        boolean fits =
            attr.isMany()
                ? parameter == Iterable.class
                : parameter != Optional.class && !parameter.isArray();
        if (fits) {
          try {
            return method.invoke(object, value);
          } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
          } catch (InvocationTargetException e) {
            if (e.getCause() instanceof DpaModelException) {
              throw (DpaModelException) e.getCause();
            }
            throw new IllegalStateException(e.getCause());
          }
        }
      }
      throw new IllegalStateException("no " + name + " on " + object.getClass());
    }

    @Override
    public String toString() {
      return pointer + ": " + before + " -> " + after;
    }
  }

  @Test
  void mutationsReachManyAttributes() {
    java.util.Set<String> reached = new java.util.TreeSet<>();
    for (int i = 0; i < 200; i++) {
      DataProcessingAgreement a = new AgreementGenerator(SEED + i).next();
      Mutation.any(a, new Random(i)).ifPresent(m -> reached.add(m.attribute.key()));
    }
    assertThat(reached.stream().map(k -> k.split("\\.")[0]).collect(Collectors.toSet()))
        .as("owner types reached")
        .hasSizeGreaterThan(10);
  }

  /** Places of every rank: the EEA, adequate, partially adequate, no decision. */
  private static final List<CountryCode> PLACES =
      Stream.of("DE", "FR", "CH", "GB", "US", "JP", "CN", "IN").map(CountryCode::of).toList();

  /** The agreement with each sub-processor's processing locations replaced by random places. */
  private static DataProcessingAgreement relocated(DataProcessingAgreement a, Random random) {
    List<SubProcessor> moved = new ArrayList<>();
    for (SubProcessor s : a.getSubProcessing().getSubProcessors()) {
      List<CountryCode> places = new ArrayList<>();
      for (int k = random.nextInt(3); k >= 0; k--) {
        CountryCode place = PLACES.get(random.nextInt(PLACES.size()));
        if (!places.contains(place)) {
          places.add(place);
        }
      }
      moved.add(ImmutableSubProcessor.copyOf(s).withProcessingLocations(places));
    }
    return ImmutableDataProcessingAgreement.copyOf(a)
        .withSubProcessing(
            ImmutableSubProcessingTerms.copyOf(a.getSubProcessing()).withSubProcessors(moved));
  }

  /**
   * Lists of places replaced by others are judged as a whole (their worst place, a place in the EEA
   * kept or lost): the other way round is still the mirror image, and every place added or removed
   * in one replacement has the one classification of the list.
   */
  @Test
  void replacedPlacesAreTheMirrorImageTheOtherWayRound() {
    int replaced = 0;
    for (int i = 0; i < COUNT / 4; i++) {
      long seed = SEED + i;
      Random random = new Random(seed);
      DataProcessingAgreement a = new AgreementGenerator(seed).next();
      DataProcessingAgreement b = relocated(a, random);
      DataProcessingAgreement c = relocated(a, random);
      List<Change> forth = DpaDiff.compareTerms(b, c);
      assertThat(DpaDiff.compareTerms(c, b))
          .as("seed %d", seed)
          .containsExactlyInAnyOrderElementsOf(forth.stream().map(Change::mirror).toList());
      java.util.Map<String, List<Change>> byList =
          forth.stream()
              .filter(ch -> ch.getAttribute().equals("SubProcessor.processingLocations"))
              .collect(
                  Collectors.groupingBy(
                      ch -> ch.getPointer().substring(0, ch.getPointer().lastIndexOf('/'))));
      for (List<Change> list : byList.values()) {
        if (list.stream().map(Change::getKind).distinct().count() == 2) {
          replaced++;
          assertThat(list.stream().map(Change::getClassification).distinct())
              .as("seed %d", seed)
              .hasSize(1);
        }
      }
    }
    assertThat(replaced).as("replaced lists of places").isGreaterThan(COUNT / 20);
  }
}
